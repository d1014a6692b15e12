package vn.liaison.agreements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.liaison.shared.ContentArea;

/** Yearly plans, their sign-offs, tasks, task sign-offs and progress reports in PostgreSQL. */
@Repository
class PlanStore {

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- plans ---------------------------------------------------------------------------------------------------

    Optional<Plan> find(UUID id) {
        return load(jdbc.sql("SELECT * FROM coordination_plan WHERE id = ?").param(id).query(this::mapPlan).optional());
    }

    Optional<Plan> lock(UUID id) {
        return load(jdbc.sql("SELECT * FROM coordination_plan WHERE id = ? FOR UPDATE").param(id).query(this::mapPlan)
                .optional());
    }

    Optional<Plan> find(UUID agreementId, int year) {
        return load(jdbc.sql("SELECT * FROM coordination_plan WHERE agreement_id = ? AND year = ?").params(agreementId, year)
                .query(this::mapPlan).optional());
    }

    List<Plan> ofAgreement(UUID agreementId) {
        List<Plan> plans = jdbc.sql("SELECT * FROM coordination_plan WHERE agreement_id = ? ORDER BY year DESC")
                .param(agreementId).query(this::mapPlan).list();
        plans.forEach(this::loadApprovals);
        return plans;
    }

    List<Plan> ofAgreements(List<UUID> agreementIds) {
        if (agreementIds.isEmpty()) {
            return List.of();
        }
        List<Plan> plans = jdbc.sql("SELECT * FROM coordination_plan WHERE agreement_id IN (:ids) ORDER BY year DESC")
                .param("ids", agreementIds).query(this::mapPlan).list();
        plans.forEach(this::loadApprovals);
        return plans;
    }

    void insert(Plan p, Instant now) {
        jdbc.sql("INSERT INTO coordination_plan (id, agreement_id, year, title, status, row_version, created_at) VALUES (?,?,?,?,?,0,?)")
                .params(p.id, p.agreementId, p.year, p.title, p.status.name(), Timestamp.from(now)).update();
        writeApprovals(p);
    }

    void update(Plan p) {
        int n = jdbc.sql("UPDATE coordination_plan SET title=?, status=?, row_version=row_version+1 WHERE id=? AND row_version=?")
                .params(p.title, p.status.name(), p.id, p.rowVersion).update();
        if (n != 1) {
            throw new OptimisticLockingFailureException("plan " + p.id + " changed meanwhile");
        }
        p.rowVersion++;
        jdbc.sql("DELETE FROM plan_approval WHERE plan_id = ?").param(p.id).update();
        writeApprovals(p);
    }

    private void writeApprovals(Plan p) {
        for (Approval a : p.approvals.values()) {
            jdbc.sql("INSERT INTO plan_approval (plan_id, agency_id, approver_id, approver_name, approved_at) VALUES (?,?,?,?,?)")
                    .params(p.id, a.agencyId(), a.approverId(), a.approverName(), Timestamp.from(a.approvedAt())).update();
        }
    }

    private Optional<Plan> load(Optional<Plan> p) {
        p.ifPresent(this::loadApprovals);
        return p;
    }

    private void loadApprovals(Plan p) {
        jdbc.sql("SELECT * FROM plan_approval WHERE plan_id = ? ORDER BY approved_at").param(p.id)
                .query(this::mapApproval).list().forEach(a -> p.approvals.put(a.agencyId(), a));
    }

    private Plan mapPlan(ResultSet rs, int n) throws SQLException {
        Plan p = new Plan(rs.getObject("id", UUID.class), rs.getObject("agreement_id", UUID.class), rs.getInt("year"),
                rs.getString("title"));
        p.status = PlanStatus.valueOf(rs.getString("status"));
        p.rowVersion = rs.getLong("row_version");
        return p;
    }

    private Approval mapApproval(ResultSet rs, int n) throws SQLException {
        return new Approval(rs.getObject("agency_id", UUID.class), rs.getObject("approver_id", UUID.class),
                rs.getString("approver_name"), rs.getTimestamp("approved_at").toInstant());
    }

    // ---- tasks ---------------------------------------------------------------------------------------------------

    Optional<Task> task(UUID id) {
        Optional<Task> t = jdbc.sql("SELECT * FROM plan_task WHERE id = ?").param(id).query(this::mapTask).optional();
        t.ifPresent(this::loadTaskChildren);
        return t;
    }

    List<Task> tasks(UUID planId) {
        List<Task> tasks = jdbc.sql("SELECT * FROM plan_task WHERE plan_id = ? ORDER BY position, start_date, title")
                .param(planId).query(this::mapTask).list();
        tasks.forEach(this::loadTaskChildren);
        return tasks;
    }

    /** Tasks of the given plans where one of the agencies leads or supports. */
    List<Task> tasksOf(Set<UUID> agencies, List<UUID> planIds) {
        if (agencies.isEmpty() || planIds.isEmpty()) {
            return List.of();
        }
        List<Task> tasks = jdbc.sql("""
                SELECT t.* FROM plan_task t WHERE t.plan_id IN (:plans) AND (t.lead_agency_id IN (:ag)
                  OR EXISTS (SELECT 1 FROM plan_task_support s WHERE s.task_id = t.id AND s.agency_id IN (:ag)))
                ORDER BY t.due_date, t.title""")
                .param("plans", planIds).param("ag", agencies).query(this::mapTask).list();
        tasks.forEach(this::loadTaskChildren);
        return tasks;
    }

    int nextPosition(UUID planId) {
        return jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM plan_task WHERE plan_id = ?").param(planId)
                .query(Integer.class).single();
    }

    void insertTask(Task t, Instant now) {
        TaskTerms x = t.terms;
        jdbc.sql("""
                INSERT INTO plan_task (id, plan_id, title, content_area, lead_agency_id, lead_unit_id, start_date, due_date,
                  date_reason, expected_result, status, approval, progress_percent, position, row_version, created_at)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?)""")
                .params(t.id, t.planId, x.title(), x.contentArea().name(), x.leadAgencyId(), x.leadUnitId(), x.startDate(),
                        x.dueDate(), x.dateReason(), x.expectedResult(), t.status.name(), t.approval.name(), t.percent,
                        t.position, Timestamp.from(now))
                .update();
        writeTaskChildren(t);
    }

    void updateTask(Task t) {
        TaskTerms x = t.terms;
        int n = jdbc.sql("""
                UPDATE plan_task SET plan_id=?, title=?, content_area=?, lead_agency_id=?, lead_unit_id=?, start_date=?,
                  due_date=?, date_reason=?, expected_result=?, status=?, approval=?, progress_percent=?, position=?,
                  row_version=row_version+1 WHERE id=? AND row_version=?""")
                .params(t.planId, x.title(), x.contentArea().name(), x.leadAgencyId(), x.leadUnitId(), x.startDate(),
                        x.dueDate(), x.dateReason(), x.expectedResult(), t.status.name(), t.approval.name(), t.percent,
                        t.position, t.id, t.rowVersion)
                .update();
        if (n != 1) {
            throw new OptimisticLockingFailureException("task " + t.id + " changed meanwhile");
        }
        t.rowVersion++;
        jdbc.sql("DELETE FROM plan_task_support WHERE task_id = ?").param(t.id).update();
        jdbc.sql("DELETE FROM task_approval WHERE task_id = ?").param(t.id).update();
        writeTaskChildren(t);
    }

    void deleteTask(UUID taskId) {
        jdbc.sql("DELETE FROM plan_task WHERE id = ?").param(taskId).update();
    }

    private void writeTaskChildren(Task t) {
        int pos = 0;
        for (TaskSupport s : t.terms.supports()) {
            jdbc.sql("INSERT INTO plan_task_support (task_id, agency_id, unit_id, position) VALUES (?,?,?,?)")
                    .params(t.id, s.agencyId(), s.unitId(), pos++).update();
        }
        for (Approval a : t.approvals.values()) {
            jdbc.sql("INSERT INTO task_approval (task_id, agency_id, approver_id, approver_name, approved_at) VALUES (?,?,?,?,?)")
                    .params(t.id, a.agencyId(), a.approverId(), a.approverName(), Timestamp.from(a.approvedAt())).update();
        }
    }

    private Task mapTask(ResultSet rs, int n) throws SQLException {
        TaskTerms terms = new TaskTerms(rs.getString("title"), ContentArea.valueOf(rs.getString("content_area")),
                rs.getObject("lead_agency_id", UUID.class), rs.getObject("lead_unit_id", UUID.class), List.of(),
                rs.getDate("start_date").toLocalDate(), rs.getDate("due_date").toLocalDate(), rs.getString("date_reason"),
                rs.getString("expected_result"));
        Task t = new Task(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class), terms,
                TaskApprovalState.valueOf(rs.getString("approval")));
        t.status = TaskStatus.valueOf(rs.getString("status"));
        t.percent = rs.getInt("progress_percent");
        t.position = rs.getInt("position");
        t.rowVersion = rs.getLong("row_version");
        return t;
    }

    private void loadTaskChildren(Task t) {
        List<TaskSupport> supports = jdbc.sql("SELECT agency_id, unit_id FROM plan_task_support WHERE task_id = ? ORDER BY position")
                .param(t.id).query((rs, n) -> new TaskSupport(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
        TaskTerms x = t.terms;
        t.terms = new TaskTerms(x.title(), x.contentArea(), x.leadAgencyId(), x.leadUnitId(), supports, x.startDate(),
                x.dueDate(), x.dateReason(), x.expectedResult());
        jdbc.sql("SELECT * FROM task_approval WHERE task_id = ? ORDER BY approved_at").param(t.id).query(this::mapApproval)
                .list().forEach(a -> t.approvals.put(a.agencyId(), a));
    }

    // ---- progress ------------------------------------------------------------------------------------------------

    void insertProgress(ProgressReport r) {
        jdbc.sql("""
                INSERT INTO task_progress (id, task_id, reported_on, percent, note, reporter_id, reporter_name, reporter_agency,
                  recorded_at) VALUES (?,?,?,?,?,?,?,?,?)""")
                .params(r.id(), r.taskId(), r.reportedOn(), r.percent(), r.note(), r.reporterId(), r.reporterName(),
                        r.reporterAgencyId(), Timestamp.from(r.recordedAt()))
                .update();
        for (ProgressReport.Attached a : r.attachments()) {
            jdbc.sql("INSERT INTO task_progress_attachment (progress_id, attachment_id, file_name, sha256) VALUES (?,?,?,?)")
                    .params(r.id(), a.attachmentId(), a.fileName(), a.sha256()).update();
        }
    }

    List<ProgressReport> progress(UUID taskId) {
        return jdbc.sql("SELECT * FROM task_progress WHERE task_id = ? ORDER BY reported_on DESC, recorded_at DESC")
                .param(taskId).query(this::mapProgress).list().stream().map(this::withAttachments).toList();
    }

    /** The progress reports of all tasks of a plan, keyed by task. */
    Map<UUID, List<ProgressReport>> progressOfPlan(UUID planId) {
        return jdbc.sql("""
                SELECT p.* FROM task_progress p JOIN plan_task t ON t.id = p.task_id WHERE t.plan_id = ?
                ORDER BY p.reported_on DESC, p.recorded_at DESC""")
                .param(planId).query(this::mapProgress).list().stream().map(this::withAttachments)
                .collect(java.util.stream.Collectors.groupingBy(ProgressReport::taskId, java.util.LinkedHashMap::new,
                        java.util.stream.Collectors.toList()));
    }

    Optional<ProgressReport.Attached> progressAttachment(UUID taskId, UUID attachmentId) {
        return jdbc.sql("""
                SELECT a.* FROM task_progress_attachment a JOIN task_progress p ON p.id = a.progress_id
                WHERE p.task_id = ? AND a.attachment_id = ?""")
                .params(taskId, attachmentId)
                .query((rs, n) -> new ProgressReport.Attached(rs.getObject("attachment_id", UUID.class),
                        rs.getString("file_name"), rs.getString("sha256")))
                .optional();
    }

    private ProgressReport mapProgress(ResultSet rs, int n) throws SQLException {
        return new ProgressReport(rs.getObject("id", UUID.class), rs.getObject("task_id", UUID.class),
                rs.getDate("reported_on").toLocalDate(), rs.getInt("percent"), rs.getString("note"),
                rs.getObject("reporter_id", UUID.class), rs.getString("reporter_name"),
                rs.getObject("reporter_agency", UUID.class), rs.getTimestamp("recorded_at").toInstant(), List.of());
    }

    private ProgressReport withAttachments(ProgressReport r) {
        List<ProgressReport.Attached> att = jdbc.sql("SELECT * FROM task_progress_attachment WHERE progress_id = ? ORDER BY file_name")
                .param(r.id())
                .query((rs, n) -> new ProgressReport.Attached(rs.getObject("attachment_id", UUID.class),
                        rs.getString("file_name"), rs.getString("sha256")))
                .list();
        return att.isEmpty() ? r : new ProgressReport(r.id(), r.taskId(), r.reportedOn(), r.percent(), r.note(),
                r.reporterId(), r.reporterName(), r.reporterAgencyId(), r.recordedAt(), att);
    }

    boolean isEmpty() {
        return jdbc.sql("SELECT count(*) FROM coordination_plan").query(Long.class).single() == 0;
    }

    /** Open tasks (not done, not cancelled) due before the day, for counts on the home page. */
    long overdueCount(Set<UUID> agencies, LocalDate today) {
        if (agencies.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                SELECT count(*) FROM plan_task t JOIN coordination_plan p ON p.id = t.plan_id
                WHERE p.status IN ('APPROVED', 'IN_PROGRESS') AND t.status IN ('NOT_STARTED', 'IN_PROGRESS')
                  AND t.due_date < :today AND (t.lead_agency_id IN (:ag)
                  OR EXISTS (SELECT 1 FROM plan_task_support s WHERE s.task_id = t.id AND s.agency_id IN (:ag)))""")
                .param("today", today).param("ag", agencies).query(Long.class).single();
    }
}
