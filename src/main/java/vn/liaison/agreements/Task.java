package vn.liaison.agreements;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import vn.liaison.shared.DomainException;

/** A task of a yearly plan: its terms, status, progress and, when added after approval, its own sign-offs. */
final class Task {

    final UUID id;
    UUID planId;
    TaskTerms terms;
    TaskStatus status = TaskStatus.NOT_STARTED;
    TaskApprovalState approval;
    int percent;
    int position;
    final Map<UUID, Approval> approvals = new LinkedHashMap<>();
    long rowVersion;

    Task(UUID id, UUID planId, TaskTerms terms, TaskApprovalState approval) {
        this.id = id;
        this.planId = planId;
        this.terms = terms;
        this.approval = approval;
    }

    /**
     * Start on or before the due date; both inside the plan's year unless a reason is given; lead and supporting
     * agencies among the parties (or their successors).
     */
    static void check(TaskTerms t, int year, Set<UUID> eligibleAgencies) {
        if (t.title() == null) {
            throw DomainException.invalid("title", "agreements.error.required");
        }
        if (t.contentArea() == null) {
            throw DomainException.invalid("contentArea", "agreements.error.required");
        }
        if (t.startDate() == null) {
            throw DomainException.invalid("startDate", "agreements.error.required");
        }
        if (t.dueDate() == null) {
            throw DomainException.invalid("dueDate", "agreements.error.required");
        }
        if (t.startDate().isAfter(t.dueDate())) {
            throw DomainException.invalid("dueDate", "agreements.error.taskDatesOutOfOrder");
        }
        if ((t.startDate().getYear() != year || t.dueDate().getYear() != year) && t.dateReason() == null) {
            throw DomainException.invalid("dateReason", "agreements.error.taskOutsideYear", String.valueOf(year));
        }
        if (t.leadAgencyId() == null || !eligibleAgencies.contains(t.leadAgencyId())) {
            throw DomainException.invalid("leadAgencyId", "agreements.error.taskAgencyNotParty");
        }
        for (TaskSupport s : t.supports()) {
            if (s.agencyId() == null || !eligibleAgencies.contains(s.agencyId())) {
                throw DomainException.invalid("supports", "agreements.error.taskAgencyNotParty");
            }
        }
    }

    /** Records one party's approval of a task added after approval; true when it completed the approval. */
    boolean approve(Approval a, Collection<UUID> parties) {
        if (approval != TaskApprovalState.PENDING_APPROVAL) {
            throw DomainException.conflict("agreements.error.taskNotPending");
        }
        if (!parties.contains(a.agencyId())) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "agreements.error.notAParty");
        }
        if (approvals.containsKey(a.agencyId())) {
            throw DomainException.conflict("agreements.error.alreadyApproved");
        }
        approvals.put(a.agencyId(), a);
        if (approvals.keySet().containsAll(parties)) {
            approval = TaskApprovalState.APPROVED;
            return true;
        }
        return false;
    }

    /** A progress report: percent 0–100, dated no later than today; 100 % means done. */
    void report(int newPercent, LocalDate on, LocalDate today, boolean planRunning) {
        if (!planRunning) {
            throw DomainException.conflict("agreements.error.planNotRunning");
        }
        if (approval != TaskApprovalState.APPROVED) {
            throw DomainException.conflict("agreements.error.taskPendingApproval");
        }
        if (!status.open()) {
            throw DomainException.conflict("agreements.error.taskClosed");
        }
        if (newPercent < 0 || newPercent > 100) {
            throw DomainException.invalid("percent", "agreements.error.percent");
        }
        if (on == null || on.isAfter(today)) {
            throw DomainException.invalid("reportedOn", "agreements.error.reportInFuture");
        }
        percent = newPercent;
        status = newPercent == 100 ? TaskStatus.DONE : TaskStatus.IN_PROGRESS;
    }

    void cancel() {
        if (!status.open()) {
            throw DomainException.conflict("agreements.error.taskClosed");
        }
        status = TaskStatus.CANCELLED;
    }

    boolean overdue(LocalDate today) {
        return status.open() && terms.dueDate().isBefore(today);
    }

    /** Days until the due date (negative when overdue). */
    long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, terms.dueDate());
    }
}
