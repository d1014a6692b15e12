package vn.liaison.requests;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import vn.liaison.notifications.Notice;
import vn.liaison.notifications.Notifier;
import vn.liaison.security.AccountManagement;
import vn.liaison.security.Role;
import vn.liaison.shared.Classification;

/**
 * Tells the people concerned, in the app and by e-mail: on sending, answer, return for clarification, reminders
 * and overdue. A notice carries the reference and, for unclassified requests only, the subject; never the
 * internal note.
 */
@Component
class RequestNotices {

    private final Supplier<Notifier> notifier;
    private final Supplier<AccountManagement> accounts;

    RequestNotices(ObjectProvider<Notifier> notifier, ObjectProvider<AccountManagement> accounts) {
        this.notifier = SingletonSupplier.of(notifier::getIfAvailable);
        this.accounts = SingletonSupplier.of(accounts::getIfAvailable);
    }

    void stepTaken(RequestRow r, RequestAction action, Set<UUID> extra) {
        Set<UUID> to = new HashSet<>(extra);
        String key;
        switch (action) {
            case SUBMIT -> {
                to.addAll(people(r.senderAgencyId(), Role.LEADER));
                key = "requests.notice.awaitingApproval";
            }
            case APPROVE, SEND_BEFORE_APPROVAL, RESUBMIT -> {
                if (!r.status().delivered()) {
                    return;
                }
                if (action == RequestAction.APPROVE && r.sentAt() != null && r.approvedAt() != null
                        && r.approvedAt().isAfter(r.sentAt())) {
                    // approval after an emergency send: only the sender's drafter needs to know
                    addIfPresent(to, r.createdByPerson());
                    key = "requests.notice.approved";
                } else {
                    to.addAll(people(r.receiverAgencyId(), Role.LEADER));
                    to.addAll(people(r.receiverAgencyId(), Role.SECRETARIAT));
                    addIfPresent(to, r.assigneePersonId());
                    key = action == RequestAction.RESUBMIT ? "requests.notice.resubmitted" : "requests.notice.sent";
                }
            }
            case REJECT_APPROVAL -> {
                addIfPresent(to, r.createdByPerson());
                key = "requests.notice.approvalRejected";
            }
            case ANSWER -> {
                addIfPresent(to, r.createdByPerson());
                to.addAll(people(r.senderAgencyId(), Role.LEADER));
                key = "requests.notice.answered";
            }
            case RETURN_FOR_CLARIFICATION -> {
                addIfPresent(to, r.createdByPerson());
                key = "requests.notice.returned";
            }
            case ASSIGN -> key = "requests.notice.assigned";
            case CANCEL -> {
                addIfPresent(to, r.assigneePersonId());
                if (r.sentAt() != null) {
                    to.addAll(people(r.receiverAgencyId(), Role.SECRETARIAT));
                }
                key = "requests.notice.cancelled";
            }
            default -> {
                return;
            }
        }
        send(r, to, key);
    }

    void commented(RequestRow r, Side side) {
        Set<UUID> to = new HashSet<>();
        if (side == Side.SENDER) {
            addIfPresent(to, r.assigneePersonId());
        } else {
            addIfPresent(to, r.createdByPerson());
        }
        send(r, to, "requests.notice.comment");
    }

    void reminder(RequestRow r) {
        Set<UUID> to = new HashSet<>(people(r.receiverAgencyId(), Role.LEADER));
        addIfPresent(to, r.assigneePersonId());
        send(r, to, "requests.notice.reminder");
    }

    void overdue(RequestRow r) {
        Set<UUID> to = new HashSet<>(people(r.receiverAgencyId(), Role.LEADER));
        to.addAll(people(r.senderAgencyId(), Role.LEADER));
        addIfPresent(to, r.assigneePersonId());
        addIfPresent(to, r.createdByPerson());
        send(r, to, "requests.notice.overdue");
    }

    private void send(RequestRow r, Set<UUID> to, String key) {
        Notifier n = notifier.get();
        if (n == null || to.isEmpty()) {
            return;
        }
        String subject = r.classification() == Classification.UNCLASSIFIED ? r.subject() : "";
        n.notify(new Notice(to, key, List.of(r.reference(), subject), "/requests/" + r.id(), true));
    }

    private Set<UUID> people(UUID agency, Role role) {
        AccountManagement a = accounts.get();
        return a == null ? Set.of() : a.peopleWithRole(agency, role);
    }

    private static void addIfPresent(Set<UUID> to, UUID person) {
        if (person != null) {
            to.add(person);
        }
    }
}
