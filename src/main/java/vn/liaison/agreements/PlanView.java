package vn.liaison.agreements;

import java.util.List;
import java.util.UUID;

/**
 * A yearly plan as readers see it: its agreement, year and status, each party's sign-off (null where it is still
 * awaited), and its tasks.
 */
public record PlanView(UUID id, UUID agreementId, String agreementNumber, String agreementTitle, int year, String title,
        PlanStatus status, long rowVersion, List<PartyApproval> approvals, List<TaskView> tasks) {

    /** A party and its sign-off (null while awaited). */
    public record PartyApproval(UUID agencyId, String agencyName, Approval approval) {
    }

    public long overdueCount() {
        return tasks.stream().filter(TaskView::overdue).count();
    }

    public long doneCount() {
        return tasks.stream().filter(t -> t.status() == TaskStatus.DONE).count();
    }

    public long pendingCount() {
        return tasks.stream().filter(t -> t.approval() == TaskApprovalState.PENDING_APPROVAL).count();
    }
}
