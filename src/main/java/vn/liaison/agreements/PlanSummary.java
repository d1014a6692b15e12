package vn.liaison.agreements;

import java.util.UUID;

/** A row of an agreement's plan list. */
public record PlanSummary(UUID id, UUID agreementId, int year, String title, PlanStatus status, int approvals,
        int parties) {
}
