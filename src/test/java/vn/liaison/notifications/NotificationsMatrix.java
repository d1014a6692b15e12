package vn.liaison.notifications;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import vn.liaison.security.Actor;
import vn.liaison.securitymatrix.EndpointCase;
import vn.liaison.securitymatrix.MatrixFixtures;
import vn.liaison.securitymatrix.Refusal;
import vn.liaison.securitymatrix.SecurityMatrixContribution;

/**
 * The security matrix cases of the notifications endpoints. Everyone signed in has notifications of their own;
 * the one refusal that applies is touching another person's notification (someone of another agency tries it).
 */
public class NotificationsMatrix implements SecurityMatrixContribution {

    private static final String OWN = "every signed-in person has notifications of their own, whatever their agency";
    private static final String NO_LEVEL = "notifications carry no classification; each person sees only their own";
    private static final String ANY_ROLE = "every role receives notifications";

    @Override
    public List<EndpointCase> cases(MatrixFixtures f) {
        Actor owner = NotificationFixtures.newPerson();
        Actor stranger = f.person(f.strangerAgency(), null, vn.liaison.shared.Classification.UNCLASSIFIED,
                vn.liaison.security.Role.OFFICER);
        Notifier notifier = f.bean(Notifier.class);
        UUID web = own(notifier, f, owner);
        UUID api = own(notifier, f, owner);
        return List.of(
                mine(EndpointCase.get("/notifications", "/notifications"), owner),
                mine(EndpointCase.get("/notifications/unread-count", "/notifications/unread-count"), owner),
                mine(EndpointCase.post("/notifications/read-all", "/notifications/read-all"), owner),
                mine(EndpointCase.get("/api/v1/notifications", "/api/v1/notifications"), owner),
                mine(EndpointCase.get("/api/v1/notifications/unread-count", "/api/v1/notifications/unread-count"), owner),
                someoneElses(EndpointCase.post("/notifications/{id}/read", "/notifications/" + web + "/read"), owner, stranger),
                someoneElses(EndpointCase.post("/api/v1/notifications/{id}/read", "/api/v1/notifications/" + api + "/read"),
                        owner, stranger));
    }

    private static UUID own(Notifier notifier, MatrixFixtures f, Actor owner) {
        notifier.notify(new Notice(Set.of(owner.personId()), "notifications.welcome", List.of("Ma Trận"), null, false));
        return f.bean(NotificationInbox.class).page(owner, true, new vn.liaison.shared.PageRequest(0, 1)).items().get(0).id();
    }

    private static EndpointCase mine(EndpointCase c, Actor owner) {
        return c.allowed(owner)
                .notApplicable(Refusal.OTHER_AGENCY, OWN)
                .notApplicable(Refusal.LOW_CLEARANCE, NO_LEVEL)
                .notApplicable(Refusal.WRONG_ROLE, ANY_ROLE);
    }

    private static EndpointCase someoneElses(EndpointCase c, Actor owner, Actor stranger) {
        return c.allowed(owner)
                .refused(Refusal.OTHER_AGENCY, stranger)
                .notApplicable(Refusal.LOW_CLEARANCE, NO_LEVEL)
                .notApplicable(Refusal.WRONG_ROLE, ANY_ROLE);
    }
}
