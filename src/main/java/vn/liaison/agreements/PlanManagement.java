package vn.liaison.agreements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.liaison.attachments.AttachmentStore;
import vn.liaison.attachments.AttachmentView;
import vn.liaison.attachments.NewAttachment;
import vn.liaison.audit.AuditLedger;
import vn.liaison.audit.AuditRecord;
import vn.liaison.notifications.Notice;
import vn.liaison.notifications.Notifier;
import vn.liaison.organizations.AgencyDirectory;
import vn.liaison.organizations.AgencyView;
import vn.liaison.organizations.UnitView;
import vn.liaison.security.AccessPolicy;
import vn.liaison.security.AccountManagement;
import vn.liaison.security.Actor;
import vn.liaison.security.Role;
import vn.liaison.shared.DomainException;

/**
 * Yearly coordination plans: drafted by a party's secretariat, approved by a leader of each party, carried out
 * with progress reports by the lead and supporting agencies, closed at year end. Tasks added after approval wait
 * for a leader of each party again; the leaders still to approve are notified.
 */
@Service
public class PlanManagement {

    private final PlanStore plans;
    private final AgreementStore agreements;
    private final AgreementViews agreementViews;
    private final AgencyDirectory directory;
    private final AccessPolicy policy;
    private final AuditLedger ledger;
    private final ObjectProvider<Notifier> notifier;
    private final ObjectProvider<AccountManagement> accounts;
    private final ObjectProvider<AttachmentStore> attachments;
    private final Clock clock;

    PlanManagement(PlanStore plans, AgreementStore agreements, AgreementViews agreementViews, AgencyDirectory directory,
            AccessPolicy policy, AuditLedger ledger, ObjectProvider<Notifier> notifier,
            ObjectProvider<AccountManagement> accounts, ObjectProvider<AttachmentStore> attachments, Clock clock) {
        this.plans = plans;
        this.agreements = agreements;
        this.agreementViews = agreementViews;
        this.directory = directory;
        this.policy = policy;
        this.ledger = ledger;
        this.notifier = notifier;
        this.accounts = accounts;
        this.attachments = attachments;
        this.clock = clock;
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<PlanSummary> plans(UUID agreementId) {
        Agreement a = visibleAgreement(agreementId);
        int parties = a.content.parties().size();
        return plans.ofAgreement(a.id).stream()
                .map(p -> new PlanSummary(p.id, p.agreementId, p.year, p.title, p.status, p.approvals.size(), parties))
                .toList();
    }

    @Transactional
    public PlanView plan(UUID planId) {
        Plan p = plans.find(planId).orElseThrow(() -> DomainException.notFound("plan"));
        Agreement a = visibleAgreement(p.agreementId);
        if (a.content.classification() != vn.liaison.shared.Classification.UNCLASSIFIED) {
            ledger.record(AuditRecord.of("plan.read", "plan", planId));
        }
        return view(p, a);
    }

    @Transactional(readOnly = true)
    public TaskView task(UUID taskId) {
        Task t = plans.task(taskId).orElseThrow(() -> DomainException.notFound("task"));
        Plan p = plans.find(t.planId).orElseThrow();
        Agreement a = visibleAgreement(p.agreementId);
        return taskView(t, p, a, names(a), plans.progress(t.id));
    }

    /** Tasks where the reader's agency (or one it succeeded) leads or supports, in agreements it may see. */
    @Transactional(readOnly = true)
    public List<TaskView> myTasks(boolean openOnly) {
        Actor actor = policy.requireActor();
        List<UUID> visibleAgreements = agreements.withParty(actor.actingFor()).stream()
                .filter(id -> policy.canSee(actor, AgreementManagement.access(agreements.find(id).orElseThrow()))).toList();
        Map<UUID, Plan> planById = new LinkedHashMap<>();
        plans.ofAgreements(visibleAgreements).forEach(p -> planById.put(p.id, p));
        Map<UUID, Agreement> agreementById = new LinkedHashMap<>();
        List<TaskView> out = new ArrayList<>();
        for (Task t : plans.tasksOf(actor.actingFor(), List.copyOf(planById.keySet()))) {
            if (openOnly && !t.status.open()) {
                continue;
            }
            Plan p = planById.get(t.planId);
            Agreement a = agreementById.computeIfAbsent(p.agreementId, id -> agreements.find(id).orElseThrow());
            out.add(taskView(t, p, a, names(a), List.of()));
        }
        return out;
    }

    // ---- drafting ------------------------------------------------------------------------------------------------

    @Transactional
    public PlanView create(UUID agreementId, int year, String title) {
        Agreement a = visibleAgreement(agreementId);
        Actor actor = requireSecretariat(a);
        if (!a.status.live()) {
            throw DomainException.conflict("agreements.error.agreementNotInForce");
        }
        if (year < a.content.effectiveFrom().getYear()
                || a.content.effectiveTo() != null && year > a.content.effectiveTo().getYear()) {
            throw DomainException.invalid("year", "agreements.error.yearOutsideValidity");
        }
        if (title == null || title.isBlank()) {
            throw DomainException.invalid("title", "agreements.error.required");
        }
        if (plans.find(agreementId, year).isPresent()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "year", "agreements.error.planExists", String.valueOf(year));
        }
        Plan p = new Plan(UUID.randomUUID(), agreementId, year, title.strip());
        plans.insert(p, clock.instant());
        PlanView v = view(p, a);
        ledger.record(AuditRecord.change("plan.create", "plan", p.id, null, v));
        return v;
    }

    /**
     * Adds a task. In a draft it is part of what the leaders approve (and voids sign-offs given so far); after
     * approval it is a new matter that waits for a leader of each party, who are notified.
     */
    @Transactional
    public TaskView addTask(UUID planId, TaskTerms terms) {
        Plan p = lockPlan(planId);
        Agreement a = visibleAgreement(p.agreementId);
        Actor actor = requireSecretariat(a);
        Task.check(terms, p.year, agreementViews.actingAgencies(a));
        checkUnits(terms);
        TaskApprovalState state = p.stateOfNewTask();
        if (state == TaskApprovalState.APPROVED) {
            voidSignOffs(p);
        }
        Task t = new Task(UUID.randomUUID(), p.id, terms, state);
        t.position = plans.nextPosition(p.id);
        plans.insertTask(t, clock.instant());
        TaskView v = taskView(t, p, a, names(a), List.of());
        ledger.record(AuditRecord.change("plan.task.create", "planTask", t.id, null, v));
        if (state == TaskApprovalState.PENDING_APPROVAL) {
            notifyLeaders(a, Set.of(), "agreements.notice.taskAwaitsApproval", List.of(t.terms.title(), a.content.number()),
                    "/plans/" + p.id);
        }
        return v;
    }

    @Transactional
    public TaskView updateTask(UUID taskId, TaskTerms terms, long expectedRowVersion) {
        Task t = plans.task(taskId).orElseThrow(() -> DomainException.notFound("task"));
        Plan p = lockPlan(t.planId);
        Agreement a = visibleAgreement(p.agreementId);
        requireSecretariat(a);
        checkRow(t.rowVersion, expectedRowVersion);
        Task.check(terms, p.year, agreementViews.actingAgencies(a));
        checkUnits(terms);
        voidSignOffs(p);
        Map<String, String> names = names(a);
        TaskView before = taskView(t, p, a, names, List.of());
        t.terms = terms;
        plans.updateTask(t);
        TaskView after = taskView(t, p, a, names, List.of());
        ledger.record(AuditRecord.change("plan.task.update", "planTask", t.id, before, after));
        return after;
    }

    /**
     * A leader of a party stops a task that will not be carried out; the reason is kept in the ledger. A done
     * or already cancelled task is refused.
     */
    @Transactional
    public TaskView cancelTask(UUID taskId, String reason) {
        Task t = plans.task(taskId).orElseThrow(() -> DomainException.notFound("task"));
        Plan p = lockPlan(t.planId);
        Agreement a = visibleAgreement(p.agreementId);
        Actor actor = policy.requireRole(Role.LEADER);
        partyOf(actor, a, null);
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "agreements.error.cancelReason");
        }
        Map<String, String> names = names(a);
        TaskView before = taskView(t, p, a, names, List.of());
        t.cancel();
        plans.updateTask(t);
        TaskView after = taskView(t, p, a, names, List.of());
        ledger.record(AuditRecord.change("plan.task.cancel", "planTask", t.id, before,
                Map.of("task", after, "reason", reason.strip())));
        return after;
    }

    @Transactional
    public void removeTask(UUID taskId) {
        Task t = plans.task(taskId).orElseThrow(() -> DomainException.notFound("task"));
        Plan p = lockPlan(t.planId);
        Agreement a = visibleAgreement(p.agreementId);
        requireSecretariat(a);
        voidSignOffs(p);
        TaskView before = taskView(t, p, a, names(a), List.of());
        plans.deleteTask(t.id);
        ledger.record(AuditRecord.change("plan.task.delete", "planTask", t.id, before, null));
    }

    /** Asks the leaders of the parties that have not approved yet to approve the draft. */
    @Transactional
    public PlanView submit(UUID planId) {
        Plan p = plans.find(planId).orElseThrow(() -> DomainException.notFound("plan"));
        Agreement a = visibleAgreement(p.agreementId);
        requireSecretariat(a);
        if (p.status != PlanStatus.DRAFT) {
            throw DomainException.conflict("agreements.error.planNotDraft");
        }
        if (plans.tasks(p.id).isEmpty()) {
            throw DomainException.invalid("tasks", "agreements.error.planWithoutTasks");
        }
        notifyLeaders(a, p.approvals.keySet(), "agreements.notice.planAwaitsApproval",
                List.of(p.title, String.valueOf(p.year)), "/plans/" + p.id);
        ledger.record(AuditRecord.of("plan.submit", "plan", p.id));
        return view(p, a);
    }

    // ---- approval ------------------------------------------------------------------------------------------------

    /**
     * A leader signs off for their own party (or the party their agency succeeded). {@code forParty} may name the
     * party when the leader's agency acts for several; it must be one of theirs.
     */
    @Transactional
    public PlanView approve(UUID planId, UUID forParty, long expectedRowVersion) {
        Plan p = lockPlan(planId);
        Agreement a = visibleAgreement(p.agreementId);
        Actor actor = policy.requireRole(Role.LEADER);
        UUID party = partyOf(actor, a, forParty);
        checkRow(p.rowVersion, expectedRowVersion);
        if (plans.tasks(p.id).isEmpty()) {
            throw DomainException.invalid("tasks", "agreements.error.planWithoutTasks");
        }
        PlanView before = view(p, a);
        boolean complete = p.approve(new Approval(party, actor.personId(), actor.displayName(), clock.instant()),
                a.content.partyIds());
        plans.update(p);
        PlanView after = view(p, a);
        ledger.record(AuditRecord.change(complete ? "plan.approve.complete" : "plan.approve", "plan", p.id, before, after));
        if (!complete) {
            notifyLeaders(a, p.approvals.keySet(), "agreements.notice.planAwaitsApproval",
                    List.of(p.title, String.valueOf(p.year)), "/plans/" + p.id);
        }
        return after;
    }

    @Transactional
    public TaskView approveTask(UUID taskId, UUID forParty) {
        Task t = plans.task(taskId).orElseThrow(() -> DomainException.notFound("task"));
        Plan p = lockPlan(t.planId);
        Agreement a = visibleAgreement(p.agreementId);
        Actor actor = policy.requireRole(Role.LEADER);
        UUID party = partyOf(actor, a, forParty);
        Map<String, String> names = names(a);
        TaskView before = taskView(t, p, a, names, List.of());
        boolean complete = t.approve(new Approval(party, actor.personId(), actor.displayName(), clock.instant()),
                a.content.partyIds());
        plans.updateTask(t);
        TaskView after = taskView(t, p, a, names, List.of());
        ledger.record(AuditRecord.change(complete ? "plan.task.approve.complete" : "plan.task.approve", "planTask", t.id,
                before, after));
        if (!complete) {
            notifyLeaders(a, t.approvals.keySet(), "agreements.notice.taskAwaitsApproval",
                    List.of(t.terms.title(), a.content.number()), "/plans/" + p.id);
        }
        return after;
    }

    @Transactional
    public PlanView start(UUID planId) {
        return move(planId, true);
    }

    @Transactional
    public PlanView close(UUID planId) {
        return move(planId, false);
    }

    private PlanView move(UUID planId, boolean start) {
        Plan p = lockPlan(planId);
        Agreement a = visibleAgreement(p.agreementId);
        Actor actor = policy.requireRole(Role.LEADER, Role.SECRETARIAT);
        requireParty(actor, a);
        PlanView before = view(p, a);
        if (start) {
            p.start();
        } else {
            p.close();
        }
        plans.update(p);
        PlanView after = view(p, a);
        ledger.record(AuditRecord.change(start ? "plan.start" : "plan.close", "plan", p.id, before, after));
        return after;
    }

    // ---- progress ------------------------------------------------------------------------------------------------

    /**
     * An officer or leader of the lead or a supporting agency reports progress. The first report starts an approved
     * plan.
     */
    @Transactional
    public TaskView report(UUID taskId, ProgressCommand command) {
        Task t = plans.task(taskId).orElseThrow(() -> DomainException.notFound("task"));
        Plan p = lockPlan(t.planId);
        Agreement a = visibleAgreement(p.agreementId);
        Actor actor = policy.requireRole(Role.OFFICER, Role.LEADER);
        Set<UUID> involved = new HashSet<>();
        involved.add(t.terms.leadAgencyId());
        t.terms.supports().forEach(s -> involved.add(s.agencyId()));
        if (actor.actingFor().stream().noneMatch(involved::contains)) {
            throw new AccessDeniedException("lead or supporting agency required");
        }
        if (command.note() == null || command.note().isBlank()) {
            throw DomainException.invalid("note", "agreements.error.required");
        }
        Map<String, String> names = names(a);
        TaskView before = taskView(t, p, a, names, List.of());
        PlanView planBefore = null;
        if (p.status == PlanStatus.APPROVED) {
            planBefore = view(p, a);
            p.start();
        }
        t.report(command.percent(), command.reportedOn(), LocalDate.now(clock), p.status == PlanStatus.IN_PROGRESS);
        List<ProgressReport.Attached> attached = new ArrayList<>();
        for (NewAttachment f : command.files()) {
            AttachmentStore store = attachments.getIfAvailable();
            if (store == null) {
                throw DomainException.conflict("agreements.error.attachmentsUnavailable");
            }
            AttachmentView stored = store.store(f);
            attached.add(new ProgressReport.Attached(stored.id(), stored.fileName(), stored.sha256()));
        }
        if (planBefore != null) {
            plans.update(p);
            ledger.record(AuditRecord.change("plan.start", "plan", p.id, planBefore, view(p, a)));
        }
        plans.updateTask(t);
        ProgressReport r = new ProgressReport(UUID.randomUUID(), t.id, command.reportedOn(), command.percent(),
                command.note().strip(), actor.personId(), actor.displayName(), actor.agencyId(), clock.instant(), attached);
        plans.insertProgress(r);
        TaskView after = taskView(t, p, a, names, plans.progress(t.id));
        ledger.record(AuditRecord.change("plan.task.progress", "planTask", t.id, before, after));
        return after;
    }

    /** A file attached to a progress report, for a reader of the plan. */
    @Transactional
    public AgreementManagement.SignedText progressFile(UUID taskId, UUID attachmentId) {
        task(taskId);
        ProgressReport.Attached att = plans.progressAttachment(taskId, attachmentId)
                .orElseThrow(() -> DomainException.notFound("attachment"));
        AttachmentStore store = attachments.getIfAvailable();
        if (store == null) {
            throw DomainException.conflict("agreements.error.attachmentsUnavailable");
        }
        byte[] bytes = store.read(attachmentId);
        ledger.record(AuditRecord.of("plan.task.attachment.read", "planTask", taskId));
        return new AgreementManagement.SignedText(att.fileName(), bytes, att.sha256());
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    Plan lockPlan(UUID id) {
        return plans.lock(id).orElseThrow(() -> DomainException.notFound("plan"));
    }

    Agreement visibleAgreement(UUID id) {
        Agreement a = agreements.find(id).orElseThrow(() -> DomainException.notFound("agreement"));
        policy.requireVisible(AgreementManagement.access(a));
        return a;
    }

    private Actor requireSecretariat(Agreement a) {
        Actor actor = policy.requireRole(Role.SECRETARIAT);
        requireParty(actor, a);
        return actor;
    }

    private void requireParty(Actor actor, Agreement a) {
        if (!policy.isParty(actor, a.content.partyIds())) {
            throw new AccessDeniedException("party required");
        }
    }

    /** The party a leader approves for: theirs (or the one their agency succeeded), never another's. */
    private UUID partyOf(Actor actor, Agreement a, UUID requested) {
        List<UUID> mine = a.content.partyIds().stream().filter(actor.actingFor()::contains).toList();
        if (mine.isEmpty()) {
            throw new AccessDeniedException("party required");
        }
        if (requested != null) {
            if (!mine.contains(requested)) {
                throw new DomainException(DomainException.Kind.FORBIDDEN, "agreements.error.approveForOtherParty");
            }
            return requested;
        }
        return mine.get(0);
    }

    private void voidSignOffs(Plan p) {
        if (p.changeDraft()) {
            plans.update(p);
            ledger.record(AuditRecord.change("plan.approvals.void", "plan", p.id, Map.of("status", p.status.name()),
                    Map.of("approvals", 0)));
        }
    }

    private void checkUnits(TaskTerms t) {
        if (t.leadUnitId() != null) {
            UnitView u = directory.unit(t.leadUnitId()).orElse(null);
            if (u == null || !u.agencyId().equals(t.leadAgencyId())) {
                throw DomainException.invalid("leadUnitId", "agreements.error.unitNotOfAgency");
            }
        }
        for (TaskSupport s : t.supports()) {
            if (s.unitId() != null) {
                UnitView u = directory.unit(s.unitId()).orElse(null);
                if (u == null || !u.agencyId().equals(s.agencyId())) {
                    throw DomainException.invalid("supports", "agreements.error.unitNotOfAgency");
                }
            }
        }
    }

    private static void checkRow(long actual, long expected) {
        if (expected >= 0 && actual != expected) {
            throw new DomainException(DomainException.Kind.PRECONDITION_FAILED, "agreements.error.stale");
        }
    }

    /** Tells the leaders of the parties (and their successors) not in {@code done} that something awaits them. */
    private void notifyLeaders(Agreement a, Set<UUID> done, String key, List<String> args, String link) {
        Notifier n = notifier.getIfAvailable();
        AccountManagement acc = accounts.getIfAvailable();
        if (n == null || acc == null) {
            return;
        }
        Set<UUID> people = new HashSet<>();
        for (UUID party : a.content.partyIds()) {
            if (done.contains(party)) {
                continue;
            }
            people.addAll(acc.peopleWithRole(party, Role.LEADER));
            for (AgencyView s : directory.currentSuccessors(party)) {
                people.addAll(acc.peopleWithRole(s.id(), Role.LEADER));
            }
        }
        if (!people.isEmpty()) {
            n.notify(new Notice(people, key, args, link, true));
        }
    }

    /** Names of the agencies and units the agreement's tasks refer to, keyed by id. */
    private Map<String, String> names(Agreement a) {
        Map<String, String> m = new java.util.HashMap<>();
        for (AgreementStore.PartyRow r : agreements.parties(a.id)) {
            m.put(r.agencyId().toString(), r.nameAtSigning());
        }
        for (UUID s : agreementViews.actingAgencies(a)) {
            if (!m.containsKey(s.toString())) {
                directory.agency(s).ifPresent(v -> m.put(s.toString(), v.nameVi()));
            }
            directory.units(s).forEach(u -> m.put(u.id().toString(), u.nameVi()));
        }
        return m;
    }

    PlanView view(Plan p, Agreement a) {
        Map<String, String> names = names(a);
        List<PlanView.PartyApproval> approvals = a.content.partyIds().stream()
                .map(id -> new PlanView.PartyApproval(id, names.get(id.toString()), p.approvals.get(id))).toList();
        Map<UUID, List<ProgressReport>> progress = plans.progressOfPlan(p.id);
        List<TaskView> tasks = plans.tasks(p.id).stream()
                .map(t -> taskView(t, p, a, names, progress.getOrDefault(t.id, List.of()))).toList();
        return new PlanView(p.id, a.id, a.content.number(), a.content.title(), p.year, p.title, p.status, p.rowVersion,
                approvals, tasks);
    }

    TaskView taskView(Task t, Plan p, Agreement a, Map<String, String> names, List<ProgressReport> progress) {
        LocalDate today = LocalDate.now(clock);
        TaskTerms x = t.terms;
        List<TaskView.Support> supports = x.supports().stream()
                .map(s -> new TaskView.Support(s.agencyId(), names.get(s.agencyId().toString()), s.unitId(),
                        s.unitId() == null ? null : names.get(s.unitId().toString())))
                .toList();
        List<PlanView.PartyApproval> approvals = t.approval == TaskApprovalState.APPROVED && t.approvals.isEmpty()
                ? List.of()
                : a.content.partyIds().stream()
                        .map(id -> new PlanView.PartyApproval(id, names.get(id.toString()), t.approvals.get(id))).toList();
        double yearDays = Year.of(p.year).length();
        LocalDate jan1 = LocalDate.of(p.year, 1, 1);
        long startOffset = Math.max(0, Math.min((long) yearDays, ChronoUnit.DAYS.between(jan1, x.startDate())));
        long endOffset = Math.max(0, Math.min((long) yearDays, ChronoUnit.DAYS.between(jan1, x.dueDate()) + 1));
        double left = Math.round(startOffset / yearDays * 1000) / 10.0;
        double width = Math.max(1.0, Math.round((endOffset - startOffset) / yearDays * 1000) / 10.0);
        return new TaskView(t.id, p.id, p.year, x.title(), x.contentArea(), x.leadAgencyId(),
                names.get(x.leadAgencyId().toString()), x.leadUnitId(),
                x.leadUnitId() == null ? null : names.get(x.leadUnitId().toString()), supports, x.startDate(), x.dueDate(),
                x.dateReason(), x.expectedResult(), t.status, t.approval, t.percent, t.overdue(today), t.daysLeft(today),
                approvals, progress, t.rowVersion, left, Math.min(width, 100.0 - left));
    }
}
