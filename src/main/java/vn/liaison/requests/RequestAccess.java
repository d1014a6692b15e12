package vn.liaison.requests;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.liaison.security.AccessPolicy;
import vn.liaison.security.Actor;
import vn.liaison.security.ApiScope;
import vn.liaison.security.RecordAccess;
import vn.liaison.security.Role;

/**
 * Who may see and do what with a request, through the one access policy. The parties are the sender and, once
 * the request has left the sender, the receiver. Officers need to know through their unit or assignment; when
 * the receiving unit is not known the request is agency-wide at the receiver (its secretariat routes it).
 */
@Component
class RequestAccess {

    private final AccessPolicy policy;

    RequestAccess(AccessPolicy policy) {
        this.policy = policy;
    }

    Side side(Actor actor, RequestRow r) {
        if (actor.actingFor().contains(r.senderAgencyId())) {
            return Side.SENDER;
        }
        if (r.status().delivered() && actor.actingFor().contains(r.receiverAgencyId())) {
            return Side.RECEIVER;
        }
        return null;
    }

    RecordAccess recordFor(Actor actor, RequestRow r) {
        Side side = side(actor, r);
        Set<UUID> parties = new HashSet<>();
        parties.add(r.senderAgencyId());
        if (r.status().delivered()) {
            parties.add(r.receiverAgencyId());
        }
        Set<UUID> units = new HashSet<>();
        if (r.senderUnitId() != null) {
            units.add(r.senderUnitId());
        }
        if (r.receiverUnitId() != null) {
            units.add(r.receiverUnitId());
        }
        Set<UUID> people = new HashSet<>();
        for (UUID p : new UUID[] {r.createdByPerson(), r.assigneePersonId(), r.basis().approvingLeaderId()}) {
            if (p != null) {
                people.add(p);
            }
        }
        boolean agencyWide = side == Side.RECEIVER && r.receiverUnitId() == null;
        return new RecordAccess(parties, units, people, r.classification(), agencyWide);
    }

    boolean canSee(Actor actor, RequestRow r) {
        return side(actor, r) != null && actor.allows(ApiScope.REQUESTS_READ) && policy.canSee(actor, recordFor(actor, r));
    }

    /** The side of the actor, once the request is visible to them; refuses otherwise. */
    Side requireVisible(Actor actor, RequestRow r) {
        if (!canSee(actor, r)) {
            throw new AccessDeniedException("request not visible");
        }
        return side(actor, r);
    }

    /** The roles that may take the step (a machine client acts for its agency when it holds REQUESTS_WRITE). */
    void requireRoleFor(Actor actor, RequestAction action) {
        if (!actor.allows(ApiScope.REQUESTS_WRITE)) {
            throw new AccessDeniedException("token scope required: REQUESTS_WRITE");
        }
        if (!roleAllows(actor, action)) {
            throw new AccessDeniedException("role required for " + action);
        }
    }

    /** Could the actor take the step, as far as scope and role go (the state machine decides the rest)? */
    boolean mayTake(Actor actor, RequestAction action) {
        return actor.allows(ApiScope.REQUESTS_WRITE) && roleAllows(actor, action);
    }

    private static boolean roleAllows(Actor actor, RequestAction action) {
        return switch (action) {
            case APPROVE, REJECT_APPROVAL -> !actor.isMachine() && actor.has(Role.LEADER);
            case SUBMIT, SEND_BEFORE_APPROVAL, RESUBMIT, CLOSE, CANCEL -> actor.isMachine() || actor.hasAny(Role.OFFICER, Role.LEADER);
            case ACKNOWLEDGE, ASSIGN -> actor.isMachine() || actor.hasAny(Role.OFFICER, Role.LEADER, Role.SECRETARIAT);
            case ANSWER -> actor.isMachine() || actor.hasAny(Role.OFFICER, Role.LEADER);
            case RETURN_FOR_CLARIFICATION -> actor.isMachine() || actor.hasAny(Role.OFFICER, Role.LEADER, Role.SECRETARIAT);
        };
    }

    /** May the actor draft requests for their agency? */
    void requireDrafter(Actor actor) {
        if (!actor.allows(ApiScope.REQUESTS_WRITE) || !(actor.isMachine() || actor.hasAny(Role.OFFICER, Role.LEADER))) {
            throw new AccessDeniedException("officer or leader required");
        }
    }

    /** Operational details are shown only inside the sending agency. */
    boolean canSeeInternal(Actor actor, RequestRow r) {
        return actor.actingFor().contains(r.senderAgencyId());
    }
}
