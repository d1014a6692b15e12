package vn.liaison.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.liaison.shared.ContentArea;

/**
 * A plan task as readers see it, with what the screens need: names of the agencies and units, whether it is
 * overdue, the days left (negative: days overdue), its sign-offs when it was added after approval, its progress
 * reports, and its place on the year's timeline (left offset and width in percent of the year).
 */
public record TaskView(UUID id, UUID planId, int year, String title, ContentArea contentArea, UUID leadAgencyId,
        String leadAgencyName, UUID leadUnitId, String leadUnitName, List<Support> supports, LocalDate startDate,
        LocalDate dueDate, String dateReason, String expectedResult, TaskStatus status, TaskApprovalState approval,
        int percent, boolean overdue, long daysLeft, List<PlanView.PartyApproval> approvals,
        List<ProgressReport> progress, long rowVersion, double barLeft, double barWidth) {

    /** A supporting agency and unit, with names. */
    public record Support(UUID agencyId, String agencyName, UUID unitId, String unitName) {
    }

    public String supportNames() {
        return String.join("; ", supports.stream()
                .map(s -> s.unitName() == null ? s.agencyName() : s.agencyName() + " – " + s.unitName()).toList());
    }

    /** Does one of the agencies lead or support the task? */
    public boolean involves(java.util.Set<UUID> agencies) {
        return agencies.contains(leadAgencyId) || supports.stream().anyMatch(s -> agencies.contains(s.agencyId()));
    }

    /** Has one of the agencies already signed this task off? */
    public boolean signedOffBy(java.util.Set<UUID> agencies) {
        return approvals.stream().anyMatch(a -> a.approval() != null && agencies.contains(a.agencyId()));
    }
}
