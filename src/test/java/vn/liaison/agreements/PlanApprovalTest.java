package vn.liaison.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.liaison.shared.ContentArea;
import vn.liaison.shared.DomainException;

/** Plan approval by both sides, ad-hoc task re-approval, task dates and progress, without the application. */
class PlanApprovalTest {

    static final UUID POLICE = UUID.randomUUID();
    static final UUID DEPT = UUID.randomUUID();
    static final UUID STRANGER = UUID.randomUUID();
    static final Set<UUID> PARTIES = Set.of(POLICE, DEPT);
    static final LocalDate TODAY = LocalDate.of(2024, 6, 15);

    static Approval by(UUID agency) {
        return new Approval(agency, UUID.randomUUID(), "Lãnh đạo", Instant.now());
    }

    static TaskTerms terms(LocalDate start, LocalDate due, String reason) {
        return new TaskTerms("Trao đổi thông tin giữa các phòng chức năng", ContentArea.INFORMATION_EXCHANGE, POLICE, null,
                List.of(new TaskSupport(DEPT, null)), start, due, reason, "Thông tin được trao đổi kịp thời");
    }

    @Test
    void oneSideOnlyIsNotApproved() {
        Plan plan = new Plan(UUID.randomUUID(), UUID.randomUUID(), 2024, "Kế hoạch 2024");
        assertThat(plan.approve(by(POLICE), PARTIES)).isFalse();
        assertThat(plan.status).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.approve(by(DEPT), PARTIES)).isTrue();
        assertThat(plan.status).isEqualTo(PlanStatus.APPROVED);
        assertThat(plan.approvals).containsOnlyKeys(POLICE, DEPT);
    }

    @Test
    void approvingTwiceIsRefused() {
        Plan plan = new Plan(UUID.randomUUID(), UUID.randomUUID(), 2024, "Kế hoạch 2024");
        plan.approve(by(POLICE), PARTIES);
        assertThatThrownBy(() -> plan.approve(by(POLICE), PARTIES)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
        assertThat(plan.approvals).hasSize(1);
        assertThat(plan.status).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void aNonPartyCannotApprove() {
        Plan plan = new Plan(UUID.randomUUID(), UUID.randomUUID(), 2024, "Kế hoạch 2024");
        assertThatThrownBy(() -> plan.approve(by(STRANGER), PARTIES)).hasMessage("agreements.error.notAParty");
        assertThat(plan.approvals).isEmpty();
    }

    @Test
    void anApprovedPlanIsNotApprovedAgainNorEditedAsADraft() {
        Plan plan = new Plan(UUID.randomUUID(), UUID.randomUUID(), 2024, "Kế hoạch 2024");
        plan.approve(by(POLICE), PARTIES);
        plan.approve(by(DEPT), PARTIES);
        assertThatThrownBy(() -> plan.approve(by(DEPT), PARTIES)).hasMessage("agreements.error.planNotDraft");
        assertThatThrownBy(plan::changeDraft).hasMessage("agreements.error.planApprovedEdit");
    }

    @Test
    void changingADraftVoidsItsSignOffs() {
        Plan plan = new Plan(UUID.randomUUID(), UUID.randomUUID(), 2024, "Kế hoạch 2024");
        plan.approve(by(POLICE), PARTIES);
        assertThat(plan.changeDraft()).isTrue();
        assertThat(plan.approvals).isEmpty();
    }

    @Test
    void planLifeRunsInOrder() {
        Plan plan = new Plan(UUID.randomUUID(), UUID.randomUUID(), 2024, "Kế hoạch 2024");
        assertThatThrownBy(plan::start).hasMessage("agreements.error.planTransition");
        assertThatThrownBy(plan::close).hasMessage("agreements.error.planTransition");
        plan.approve(by(POLICE), PARTIES);
        plan.approve(by(DEPT), PARTIES);
        plan.start();
        assertThat(plan.status).isEqualTo(PlanStatus.IN_PROGRESS);
        plan.close();
        assertThat(plan.status).isEqualTo(PlanStatus.CLOSED);
        assertThatThrownBy(plan::stateOfNewTask).hasMessage("agreements.error.planClosed");
    }

    @Test
    void aTaskAddedAfterApprovalWaitsForEachPartyAgain() {
        Plan plan = new Plan(UUID.randomUUID(), UUID.randomUUID(), 2024, "Kế hoạch 2024");
        assertThat(plan.stateOfNewTask()).isEqualTo(TaskApprovalState.APPROVED);
        plan.approve(by(POLICE), PARTIES);
        plan.approve(by(DEPT), PARTIES);
        plan.start();
        Task adHoc = new Task(UUID.randomUUID(), plan.id, terms(TODAY, TODAY.plusDays(30), null), plan.stateOfNewTask());
        assertThat(adHoc.approval).isEqualTo(TaskApprovalState.PENDING_APPROVAL);
        assertThatThrownBy(() -> adHoc.report(10, TODAY, TODAY, true)).hasMessage("agreements.error.taskPendingApproval");
        assertThat(adHoc.approve(by(DEPT), PARTIES)).isFalse();
        assertThatThrownBy(() -> adHoc.approve(by(DEPT), PARTIES)).hasMessage("agreements.error.alreadyApproved");
        assertThatThrownBy(() -> adHoc.approve(by(STRANGER), PARTIES)).hasMessage("agreements.error.notAParty");
        assertThat(adHoc.approval).isEqualTo(TaskApprovalState.PENDING_APPROVAL);
        assertThat(adHoc.approve(by(POLICE), PARTIES)).isTrue();
        assertThat(adHoc.approval).isEqualTo(TaskApprovalState.APPROVED);
        assertThatThrownBy(() -> adHoc.approve(by(POLICE), PARTIES)).hasMessage("agreements.error.taskNotPending");
        adHoc.report(40, TODAY, TODAY, true);
        assertThat(adHoc.status).isEqualTo(TaskStatus.IN_PROGRESS);
    }

    @Test
    void taskDatesMustBeInOrderAndInsideTheYearOrExplained() {
        Set<UUID> eligible = PARTIES;
        assertThatThrownBy(() -> Task.check(terms(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 1), null), 2024, eligible))
                .hasMessage("agreements.error.taskDatesOutOfOrder");
        assertThatThrownBy(() -> Task.check(terms(LocalDate.of(2024, 5, 1), LocalDate.of(2025, 1, 31), null), 2024, eligible))
                .hasMessage("agreements.error.taskOutsideYear");
        Task.check(terms(LocalDate.of(2024, 5, 1), LocalDate.of(2025, 1, 31), "Tổng kết vào tháng 1 năm sau"), 2024, eligible);
        assertThatThrownBy(() -> Task.check(terms(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 6, 1), null), 2024,
                Set.of(DEPT))).hasMessage("agreements.error.taskAgencyNotParty");
    }

    @Test
    void progressAndOverdue() {
        Task t = new Task(UUID.randomUUID(), UUID.randomUUID(), terms(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 1), null),
                TaskApprovalState.APPROVED);
        assertThat(t.overdue(TODAY)).isTrue();
        assertThat(t.daysLeft(TODAY)).isEqualTo(-14);
        assertThatThrownBy(() -> t.report(101, TODAY, TODAY, true)).hasMessage("agreements.error.percent");
        assertThatThrownBy(() -> t.report(50, TODAY.plusDays(1), TODAY, true)).hasMessage("agreements.error.reportInFuture");
        assertThatThrownBy(() -> t.report(50, TODAY, TODAY, false)).hasMessage("agreements.error.planNotRunning");
        t.report(100, TODAY, TODAY, true);
        assertThat(t.status).isEqualTo(TaskStatus.DONE);
        assertThat(t.overdue(TODAY)).isFalse();
        assertThatThrownBy(() -> t.report(100, TODAY, TODAY, true)).hasMessage("agreements.error.taskClosed");
    }
}
