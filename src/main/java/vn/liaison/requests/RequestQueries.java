package vn.liaison.requests;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

import vn.liaison.LiaisonApplication;
import vn.liaison.attachments.AgencySignatures;
import vn.liaison.attachments.AttachmentStore;
import vn.liaison.attachments.AttachmentView;
import vn.liaison.attachments.CustodyEvent;
import vn.liaison.attachments.CustodyLog;
import vn.liaison.attachments.SignatureValue;
import vn.liaison.audit.AuditLedger;
import vn.liaison.audit.AuditRecord;
import vn.liaison.organizations.AgencyDirectory;
import vn.liaison.organizations.AgencyView;
import vn.liaison.organizations.PersonView;
import vn.liaison.organizations.UnitView;
import vn.liaison.security.AccessPolicy;
import vn.liaison.security.Actor;
import vn.liaison.security.ApiScope;
import vn.liaison.security.Role;
import vn.liaison.shared.Classification;
import vn.liaison.shared.DomainException;
import vn.liaison.shared.PageRequest;
import vn.liaison.shared.PageResult;
import vn.liaison.shared.TextFolding;

/** Reading requests: the inbox (filtered, searched, paged, in SQL) and one request as its viewer may see it. */
@Service
public class RequestQueries {

    private final JdbcClient jdbc;
    private final RequestStore store;
    private final RequestAccess access;
    private final AccessPolicy policy;
    private final AgencyDirectory agencies;
    private final AuditLedger ledger;
    private final Supplier<AttachmentStore> files;
    private final Supplier<AgencySignatures> signatures;
    private final Supplier<CustodyLog> custody;
    private final Clock clock;

    RequestQueries(JdbcClient jdbc, RequestStore store, RequestAccess access, AccessPolicy policy, AgencyDirectory agencies,
            AuditLedger ledger, ObjectProvider<AttachmentStore> files, ObjectProvider<AgencySignatures> signatures,
            ObjectProvider<CustodyLog> custody, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.access = access;
        this.policy = policy;
        this.agencies = agencies;
        this.ledger = ledger;
        this.files = SingletonSupplier.of(files::getIfAvailable);
        this.signatures = SingletonSupplier.of(signatures::getIfAvailable);
        this.custody = SingletonSupplier.of(custody::getIfAvailable);
        this.clock = clock;
    }

    // ---- the inbox ----------------------------------------------------------------------------------------------

    private static final String SUMMARY_COLUMNS = """
            id, reference, kind, subject, sender_agency_id, receiver_agency_id, status, urgency, classification,
            approval_pending, created_at, sent_at, effective_due_at, paused_since, assignee_name, outcome, generation""";

    /**
     * Counting stops here: the first page of an agency with hundreds of thousands of requests must not count them
     * all (measured: 0.9 s at 250,000). Past it the list says "more than" and asks for a filter.
     */
    static final int COUNT_CAP = 10_000;

    /** One page of a tab; no transaction (each statement reads its own snapshot either way). */
    public PageResult<RequestSummary> inbox(InboxTab tab, InboxFilter filter, PageRequest page) {
        Actor actor = policy.requireActor();
        requireRead(actor);
        Instant now = clock.instant();
        Query q = where(actor, tab, filter == null ? InboxFilter.none() : filter, now);
        String order = tab == InboxTab.INCOMING || tab == InboxTab.ASSIGNED
                ? " ORDER BY effective_due_at ASC NULLS LAST, created_at DESC, id"
                : " ORDER BY created_at DESC, id";
        boolean search = !TextFolding.fold(filter == null ? null : filter.q()).isEmpty();
        Page found = search ? searchPage(q, order, page) : null;
        if (found == null) {
            found = page(q, search, order, page);
        }
        List<Object[]> rows = found.rows();
        Total total = found.total();
        Set<UUID> ids = new HashSet<>();
        rows.forEach(r -> {
            ids.add((UUID) r[4]);
            ids.add((UUID) r[5]);
        });
        Map<UUID, AgencyView> names = ids.isEmpty() ? Map.of() : agencies.agencies(ids);
        List<RequestSummary> items = rows.stream().map(r -> {
            RequestStatus status = (RequestStatus) r[6];
            Instant due = (Instant) r[12];
            Instant pausedSince = (Instant) r[13];
            TimeLeft left = timeLeft(status, due, pausedSince, now);
            return new RequestSummary((UUID) r[0], (String) r[1], (RequestKind) r[2], (String) r[3], (UUID) r[4],
                    name(names, (UUID) r[4]), (UUID) r[5], name(names, (UUID) r[5]), status, (Urgency) r[7],
                    (Classification) r[8], (Boolean) r[9], (Instant) r[10], (Instant) r[11],
                    due == null ? null : Deadlines.effectiveDue(due, Duration.ZERO, pausedSince, now), left,
                    (String) r[14], r[15] == null ? null : Outcome.valueOf((String) r[15]), (Long) r[16]);
        }).toList();
        return new PageResult<>(items, page.page(), page.size(), total.value(), total.exact());
    }

    /** A page of rows as read, with the total it was found to have. */
    private record Page(List<Object[]> rows, Total total) {
    }

    /**
     * A page of a search in one statement: the matches, found once through the trigram index (and at most the cap of
     * them), are both counted and ordered. Null when there are more than the cap: those were not all ordered.
     */
    private Page searchPage(Query q, String order, PageRequest page) {
        List<Object> params = new ArrayList<>(q.params);
        params.add(COUNT_CAP + 1);
        params.add(page.size());
        params.add(page.offset());
        long[] matched = {0};
        List<Object[]> rows = jdbc.sql("WITH found AS MATERIALIZED (SELECT " + SUMMARY_COLUMNS + " FROM " + fenced(q)
                + " LIMIT ?) SELECT *, (SELECT count(*) FROM found) AS matched FROM found" + order + " LIMIT ? OFFSET ?")
                .params(params).query((rs, n) -> {
                    matched[0] = rs.getLong("matched");
                    return summaryRow(rs);
                }).list();
        if (rows.isEmpty() && page.offset() > 0) {
            return new Page(rows, total(fenced(q), q, 0, page));
        }
        return matched[0] > COUNT_CAP ? null : new Page(rows, new Total(rows.isEmpty() ? 0 : matched[0], true));
    }

    private Page page(Query q, boolean search, String order, PageRequest page) {
        String source = search ? fenced(q) : "coordination_request WHERE " + q.sql;
        List<Object> params = new ArrayList<>(q.params);
        params.add(page.size());
        params.add(page.offset());
        List<Object[]> rows = jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM " + source + order + " LIMIT ? OFFSET ?")
                .params(params).query((rs, n) -> summaryRow(rs)).list();
        return new Page(rows, total(source, q, rows.size(), page));
    }

    /**
     * The rows of a search: the trigram index finds the few matching rows first; without the fence (OFFSET 0) the
     * planner walks the agency's requests in display order and tests every one (measured: 0.5 s at 1M rows).
     */
    private static String fenced(Query q) {
        return "(SELECT * FROM coordination_request WHERE " + q.sql + " OFFSET 0) AS matches WHERE TRUE";
    }

    private static Object[] summaryRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Object[] {rs.getObject("id", UUID.class), rs.getString("reference"),
            RequestKind.valueOf(rs.getString("kind")), rs.getString("subject"),
            rs.getObject("sender_agency_id", UUID.class), rs.getObject("receiver_agency_id", UUID.class),
            RequestStatus.valueOf(rs.getString("status")), Urgency.valueOf(rs.getString("urgency")),
            Classification.valueOf(rs.getString("classification")), rs.getBoolean("approval_pending"),
            RequestRow.instant(rs, "created_at"), RequestRow.instant(rs, "sent_at"),
            RequestRow.instant(rs, "effective_due_at"), RequestRow.instant(rs, "paused_since"),
            rs.getString("assignee_name"), rs.getString("outcome"), rs.getLong("generation")};
    }

    private record Total(long value, boolean exact) {
    }

    /**
     * How many match: a page that is not full (and not past the end) tells it without a count, which halves a search
     * by number; otherwise counted, up to the cap.
     */
    private Total total(String source, Query q, int onPage, PageRequest page) {
        if (onPage < page.size() && (onPage > 0 || page.offset() == 0)) {
            return new Total(page.offset() + onPage, true);
        }
        List<Object> params = new ArrayList<>(q.params);
        params.add(COUNT_CAP + 1);
        long counted = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM " + source + " LIMIT ?) AS capped")
                .params(params).query(Long.class).single();
        return counted <= COUNT_CAP ? new Total(counted, true) : new Total(COUNT_CAP, false);
    }

    /** How many requests of a tab match (dashboard figures). */
    @Transactional(readOnly = true)
    public long count(InboxTab tab, InboxFilter filter) {
        Actor actor = policy.requireActor();
        Query q = where(actor, tab, filter, clock.instant());
        return jdbc.sql("SELECT count(*) FROM coordination_request WHERE " + q.sql).params(q.params).query(Long.class).single();
    }

    /** Requests of the tab that still await the receiver's answer (not answered, closed or cancelled): one count. */
    @Transactional(readOnly = true)
    public long countOpen(InboxTab tab) {
        Actor actor = policy.requireActor();
        Query q = where(actor, tab, InboxFilter.none(), clock.instant());
        return jdbc.sql("SELECT count(*) FROM coordination_request WHERE " + q.sql
                + " AND status NOT IN ('ANSWERED','CLOSED','CANCELLED')").params(q.params).query(Long.class).single();
    }

    static TimeLeft timeLeft(RequestStatus status, Instant effectiveDue, Instant pausedSince, Instant now) {
        if (effectiveDue == null) {
            return null;
        }
        if (status == RequestStatus.RETURNED_FOR_CLARIFICATION) {
            return Deadlines.timeLeft(Deadlines.effectiveDue(effectiveDue, Duration.ZERO, pausedSince, now), now, true);
        }
        if (!RequestStatus.AT_RECEIVER.contains(status)) {
            return null;
        }
        return Deadlines.timeLeft(effectiveDue, now, false);
    }

    private record Query(String sql, List<Object> params) {
    }

    private Query where(Actor actor, InboxTab tab, InboxFilter f, Instant now) {
        StringBuilder sql = new StringBuilder();
        List<Object> p = new ArrayList<>();
        String agencies = placeholders(actor.actingFor().size());
        boolean wide = actor.isMachine() || actor.hasAny(Role.LEADER, Role.SECRETARIAT);
        switch (tab) {
            case INCOMING -> {
                sql.append("receiver_agency_id IN (").append(agencies).append(") AND status NOT IN ('DRAFT','AWAITING_APPROVAL')");
                p.addAll(actor.actingFor());
                if (!wide) {
                    sql.append(" AND (receiver_unit_id IS NULL OR receiver_unit_id = ? OR assignee_person_id = ?)");
                    p.add(actor.unitId());
                    p.add(actor.personId());
                }
            }
            case OUTGOING -> {
                sql.append("sender_agency_id IN (").append(agencies).append(")");
                p.addAll(actor.actingFor());
                if (!wide) {
                    sql.append(" AND (sender_unit_id = ? OR created_by_person = ? OR approving_leader_id = ?)");
                    p.add(actor.unitId());
                    p.add(actor.personId());
                    p.add(actor.personId());
                }
            }
            case APPROVAL -> {
                if (!actor.has(Role.LEADER) || actor.isMachine()) {
                    sql.append("FALSE");
                } else {
                    sql.append("sender_agency_id IN (").append(agencies).append(") AND (status = 'AWAITING_APPROVAL' OR "
                            + "(approval_pending AND status NOT IN ('CLOSED','CANCELLED')))");
                    p.addAll(actor.actingFor());
                }
            }
            case ASSIGNED -> {
                sql.append("assignee_person_id = ? AND receiver_agency_id IN (").append(agencies).append(")");
                p.add(actor.personId());
                p.addAll(actor.actingFor());
            }
        }
        List<String> levels = Arrays.stream(Classification.values()).filter(l -> policy.clearedFor(actor, l))
                .map(Enum::name).toList();
        sql.append(" AND classification IN (").append(placeholders(levels.size())).append(")");
        p.addAll(levels);
        if (f.kind() != null) {
            sql.append(" AND kind = ?");
            p.add(f.kind().name());
        }
        if (f.status() != null) {
            sql.append(" AND status = ?");
            p.add(f.status().name());
        }
        if (f.urgency() != null) {
            sql.append(" AND urgency = ?");
            p.add(f.urgency().name());
        }
        if (f.agencyId() != null) {
            sql.append(" AND (sender_agency_id = ? OR receiver_agency_id = ?)");
            p.add(f.agencyId());
            p.add(f.agencyId());
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            sql.append(" AND status IN ('SENT','ACKNOWLEDGED','IN_PROGRESS') AND effective_due_at < ?");
            p.add(Timestamp.from(now));
        }
        if (f.from() != null) {
            sql.append(" AND created_at >= ?");
            p.add(Timestamp.from(f.from().atStartOfDay(LiaisonApplication.ZONE).toInstant()));
        }
        if (f.to() != null) {
            sql.append(" AND created_at < ?");
            p.add(Timestamp.from(f.to().plusDays(1).atStartOfDay(LiaisonApplication.ZONE).toInstant()));
        }
        String folded = TextFolding.fold(f.q());
        if (!folded.isEmpty()) {
            sql.append(" AND search_text LIKE ?");
            p.add("%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return new Query(sql.toString(), p);
    }

    private static String placeholders(int n) {
        return n == 0 ? "NULL" : String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private static String name(Map<UUID, AgencyView> names, UUID id) {
        AgencyView a = names.get(id);
        return a == null ? String.valueOf(id) : a.nameVi();
    }

    // ---- one request ----------------------------------------------------------------------------------------------

    /**
     * The request as the current person may see it; a read of a classified request is recorded in the ledger
     * first. Loaded in one round trip with its parts, then the names of the agencies and units it shows.
     */
    public RequestView view(UUID id) {
        Actor actor = policy.requireActor();
        requireRead(actor);
        RequestStore.Loaded loaded = store.load(id).orElseThrow(() -> DomainException.notFound("request"));
        RequestRow r = loaded.row();
        Side side = access.requireVisible(actor, r);
        if (r.classification() != Classification.UNCLASSIFIED) {
            ledger.record(AuditRecord.of("request.read", "request", id));
        }
        return build(actor, side, loaded);
    }

    /** The row for exports and the API's ETag, after the same access check. */
    @Transactional(readOnly = true)
    public long generation(UUID id) {
        Actor actor = policy.requireActor();
        RequestRow r = store.find(id).orElseThrow(() -> DomainException.notFound("request"));
        access.requireVisible(actor, r);
        return r.generation();
    }

    private RequestView build(Actor actor, Side side, RequestStore.Loaded loaded) {
        RequestRow r = loaded.row();
        Instant now = clock.instant();
        Set<UUID> agencyIds = new HashSet<>(List.of(r.senderAgencyId(), r.receiverAgencyId()));
        agencyIds.addAll(r.routingChain());
        List<RequestStore.EventRow> events = loaded.events();
        events.forEach(e -> {
            if (e.actorAgencyId() != null) {
                agencyIds.add(e.actorAgencyId());
            }
        });
        List<RequestStore.CommentRow> comments = loaded.comments();
        comments.forEach(c -> agencyIds.add(c.agencyId()));
        loaded.answer().ifPresent(a -> agencyIds.add(a.agencyId()));
        Map<UUID, AgencyView> names = agencies.agencies(agencyIds);
        boolean internal = access.canSeeInternal(actor, r);
        List<RequestStore.TaskRow> taskRows = loaded.tasks();
        List<RequestView.Task> tasks = taskRows.stream().map(t -> new RequestView.Task(t.id(), t.position(), t.taskType(),
                t.identifierType(), t.raw(), t.normalized(), t.qualifier())).toList();
        List<RequestView.Event> timeline = events.stream()
                .filter(e -> internal || visibleToReceiver(e))
                .map(e -> new RequestView.Event(e.at(), e.action() == null ? "CREATE" : e.action().name(), e.from(), e.to(),
                        e.actorName(), e.actorAgencyId() == null ? null : name(names, e.actorAgencyId()), e.side(),
                        e.note()))
                .toList();
        List<RequestView.Comment> commentViews = comments.stream()
                .filter(c -> !c.internal() || actor.actingFor().contains(c.agencyId()))
                .map(c -> new RequestView.Comment(c.at(), c.authorName(), name(names, c.agencyId()), c.internal(), c.body()))
                .toList();
        List<RequestStore.AttachmentLink> links = loaded.attachments();
        List<RequestView.File> fileViews = new ArrayList<>();
        AttachmentStore fs = files.get();
        Map<UUID, AttachmentView> attachmentViews = new HashMap<>();
        if (fs != null && !links.isEmpty()) {
            fs.views(links.stream().map(RequestStore.AttachmentLink::attachmentId).toList())
                    .forEach(v -> attachmentViews.put(v.id(), v));
        }
        CustodyLog log = custody.get();
        for (RequestStore.AttachmentLink l : links) {
            AttachmentView v = attachmentViews.get(l.attachmentId());
            if (v == null) {
                continue;
            }
            // basis documents of an undelivered request stay with the sender; everything else both sides see
            List<CustodyEvent> history = "EVIDENCE".equals(l.purpose()) && log != null ? log.history(l.attachmentId()) : List.of();
            boolean intact = !"EVIDENCE".equals(l.purpose()) || log == null || log.intact(l.attachmentId());
            fileViews.add(new RequestView.File(v, l.purpose(), history, intact));
        }
        RequestView.Answer answer = loaded.answer()
                .map(a -> answerView(r, a, loaded.results(), taskRows, links, attachmentViews, names)).orElse(null);
        Set<RequestAction> allowed = EnumSet.noneOf(RequestAction.class);
        for (RequestAction a : RequestAction.values()) {
            if (a.side() == side && RequestLifecycle.allowed(r.state(), a) && access.mayTake(actor, a)) {
                allowed.add(a);
            }
        }
        String leaderName = r.basis().approvingLeaderId() == null ? null
                : agencies.person(r.basis().approvingLeaderId()).map(PersonView::fullName).orElse(null);
        Set<UUID> unitIds = new HashSet<>();
        if (r.senderUnitId() != null) {
            unitIds.add(r.senderUnitId());
        }
        if (r.receiverUnitId() != null) {
            unitIds.add(r.receiverUnitId());
        }
        Map<UUID, UnitView> units = agencies.unitsById(unitIds);
        String senderUnit = unitName(units, r.senderUnitId());
        String receiverUnit = unitName(units, r.receiverUnitId());
        return new RequestView(r.id(), r.reference(), r.kind(), r.subject(), r.details(), r.senderAgencyId(),
                name(names, r.senderAgencyId()), r.senderUnitId(), senderUnit, r.receiverAgencyId(),
                name(names, r.receiverAgencyId()), r.receiverUnitId(), receiverUnit, r.agreementId(),
                r.routingChain().stream().map(x -> name(names, x)).toList(), r.basis(), leaderName, r.classification(),
                r.urgency(), internal ? r.internalNote() : null, r.windowFrom(), r.windowTo(), r.status(),
                r.desiredStatus(), r.approvalPending(), r.approvedByName(), r.approvedAt(), r.sentAt(), r.dueAt(),
                r.effectiveDueAt() == null ? null
                        : Deadlines.effectiveDue(r.effectiveDueAt(), Duration.ZERO, r.pausedSince(), now),
                r.pausedSince() != null, r.pausedSeconds(), r.pausedSince(),
                timeLeft(r.status(), r.effectiveDueAt(), r.pausedSince(), now), r.assigneePersonId(), r.assigneeName(),
                r.outcome(), r.generation(), r.createdByName(), r.createdAt(), side, allowed, tasks, timeline,
                commentViews, fileViews, answer);
    }

    private static String unitName(Map<UUID, UnitView> units, UUID id) {
        UnitView u = id == null ? null : units.get(id);
        return u == null ? null : u.nameVi();
    }

    private static boolean visibleToReceiver(RequestStore.EventRow e) {
        if (e.action() == null || e.action() == RequestAction.SUBMIT || e.action() == RequestAction.REJECT_APPROVAL) {
            return false;
        }
        return true;
    }

    private RequestView.Answer answerView(RequestRow r, RequestStore.AnswerRow a, List<RequestStore.ResultRow> results,
            List<RequestStore.TaskRow> tasks, List<RequestStore.AttachmentLink> links, Map<UUID, AttachmentView> views,
            Map<UUID, AgencyView> names) {
        Map<UUID, RequestStore.TaskRow> byId = new HashMap<>();
        tasks.forEach(t -> byId.put(t.id(), t));
        List<RequestView.Result> resultViews = results.stream().map(x -> {
            RequestStore.TaskRow t = byId.get(x.taskId());
            String label = t == null ? "" : (t.qualifier() == null ? t.normalized() : t.normalized() + " (" + t.qualifier() + ")");
            return new RequestView.Result(x.position(), label, x.result(), x.text());
        }).toList();
        SignatureValue sig = a.sigValue() == null ? null
                : new SignatureValue(a.sigAlgorithm(), a.sigKeyId(), a.sigValue(), a.signedAt());
        boolean valid = sig != null && verify(r, a, results, links, views, sig);
        return new RequestView.Answer(a.outcome(), a.refusalReason(), a.refusalText(), a.body(), a.answeredByName(),
                a.answeredAt(), a.generation(), resultViews, sig, valid, name(names, a.agencyId()));
    }

    private boolean verify(RequestRow r, RequestStore.AnswerRow a, List<RequestStore.ResultRow> results,
            List<RequestStore.AttachmentLink> links, Map<UUID, AttachmentView> views, SignatureValue sig) {
        AgencySignatures s = signatures.get();
        if (s == null) {
            return false;
        }
        List<String> hashes = new ArrayList<>();
        for (RequestStore.AttachmentLink l : links) {
            if ("ANSWER".equals(l.purpose()) || "EVIDENCE".equals(l.purpose())) {
                AttachmentView v = views.get(l.attachmentId());
                if (v == null) {
                    return false;
                }
                hashes.add(v.sha256());
            }
        }
        byte[] canonical = AnswerCanonicalForm.of(r.id(), a.generation(), a.outcome(), a.refusalReason(), a.refusalText(),
                results.stream().map(x -> new AnswerCanonicalForm.Result(x.position(), x.taskId(), x.result(), x.text())).toList(),
                a.body(), hashes);
        try {
            return s.verify(a.agencyId(), canonical, sig);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void requireRead(Actor actor) {
        if (!actor.allows(ApiScope.REQUESTS_READ)) {
            throw new org.springframework.security.access.AccessDeniedException("token scope required: REQUESTS_READ");
        }
    }

    Optional<RequestRow> row(UUID id) {
        return store.find(id);
    }
}
