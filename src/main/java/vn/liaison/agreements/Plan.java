package vn.liaison.agreements;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import vn.liaison.shared.DomainException;

/**
 * A yearly coordination plan under an agreement. It is approved only when a leader of every party has
 * signed off; each party signs off once.
 */
final class Plan {

    final UUID id;
    final UUID agreementId;
    final int year;
    String title;
    PlanStatus status = PlanStatus.DRAFT;
    final Map<UUID, Approval> approvals = new LinkedHashMap<>();
    long rowVersion;

    Plan(UUID id, UUID agreementId, int year, String title) {
        this.id = id;
        this.agreementId = agreementId;
        this.year = year;
        this.title = title;
    }

    /**
     * Records the sign-off of one party. Returns true when it completed the approval (every party signed off).
     */
    boolean approve(Approval approval, Collection<UUID> parties) {
        if (status != PlanStatus.DRAFT) {
            throw DomainException.conflict("agreements.error.planNotDraft");
        }
        if (!parties.contains(approval.agencyId())) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "agreements.error.notAParty");
        }
        if (approvals.containsKey(approval.agencyId())) {
            throw DomainException.conflict("agreements.error.alreadyApproved");
        }
        approvals.put(approval.agencyId(), approval);
        if (approvals.keySet().containsAll(parties)) {
            status = PlanStatus.APPROVED;
            return true;
        }
        return false;
    }

    boolean approved() {
        return status != PlanStatus.DRAFT;
    }

    /** A change to a draft's tasks voids the sign-offs given so far: they approved other content. */
    boolean changeDraft() {
        if (status == PlanStatus.CLOSED) {
            throw DomainException.conflict("agreements.error.planClosed");
        }
        if (status != PlanStatus.DRAFT) {
            throw DomainException.conflict("agreements.error.planApprovedEdit");
        }
        boolean hadApprovals = !approvals.isEmpty();
        approvals.clear();
        return hadApprovals;
    }

    /** Tasks added after approval (new matters during the year) wait for a leader of each party again. */
    TaskApprovalState stateOfNewTask() {
        return switch (status) {
            case DRAFT -> TaskApprovalState.APPROVED;
            case APPROVED, IN_PROGRESS -> TaskApprovalState.PENDING_APPROVAL;
            case CLOSED -> throw DomainException.conflict("agreements.error.planClosed");
        };
    }

    void start() {
        moveTo(PlanStatus.IN_PROGRESS);
    }

    void close() {
        moveTo(PlanStatus.CLOSED);
    }

    private void moveTo(PlanStatus next) {
        if (!status.canMoveTo(next)) {
            throw DomainException.conflict("agreements.error.planTransition", status.name(), next.name());
        }
        status = next;
    }
}
