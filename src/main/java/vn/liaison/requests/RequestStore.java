package vn.liaison.requests;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.liaison.shared.DomainException;

/** Persistence of requests with plain JDBC: one row per request, batched task inserts, no N+1 on the hot paths. */
@Repository
class RequestStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RequestStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A task row: identifier, question or item. */
    record TaskRow(UUID id, int position, String taskType, IdentifierType identifierType, String raw, String normalized,
            String qualifier) {
    }

    /** A step on the timeline. */
    record EventRow(UUID id, Instant at, RequestAction action, RequestStatus from, RequestStatus to, UUID actorAccount,
            String actorName, UUID actorAgencyId, Side side, String note, long generation) {
    }

    /** A comment. */
    record CommentRow(UUID id, Instant at, UUID authorAccount, String authorName, UUID agencyId, boolean internal,
            String body) {
    }

    /** A linked file. */
    record AttachmentLink(UUID attachmentId, String purpose, int position, UUID agencyId, Instant addedAt) {
    }

    /** The stored answer and its signature. */
    record AnswerRow(UUID requestId, long generation, Outcome outcome, RefusalReason refusalReason, String refusalText,
            String body, UUID agencyId, UUID answeredBy, String answeredByName, Instant answeredAt, String sigAlgorithm,
            String sigKeyId, String sigValue, Instant signedAt) {
    }

    record ResultRow(UUID taskId, int position, TaskResult result, String text) {
    }

    Optional<RequestRow> find(UUID id) {
        return jdbc.sql("SELECT " + RequestRow.COLUMNS + " FROM coordination_request WHERE id = ?").param(id)
                .query(RequestRow::map).optional();
    }

    /** Locks the row for a change (two steps on one request never interleave). */
    RequestRow lock(UUID id) {
        return jdbc.sql("SELECT " + RequestRow.COLUMNS + " FROM coordination_request WHERE id = ? FOR UPDATE").param(id)
                .query(RequestRow::map).optional().orElseThrow(() -> DomainException.notFound("request"));
    }

    Optional<RequestRow> findByIdempotencyKey(UUID senderAgency, String key) {
        return jdbc.sql("SELECT " + RequestRow.COLUMNS + " FROM coordination_request WHERE sender_agency_id = ? AND idempotency_key = ?")
                .params(senderAgency, key).query(RequestRow::map).optional();
    }

    /**
     * Writes a new request, its tasks and its first timeline step in one statement, numbering it from the
     * sequence ({@code prefix} + six digits, more past 999,999). Empty when a request with the same idempotency
     * key exists: then nothing is written.
     */
    Optional<String> insertNew(RequestRow r, String idempotencyKey, String prefix, String searchText, List<TaskRow> tasks,
            EventRow e) {
        int n = tasks.size();
        UUID[] ids = new UUID[n];
        Integer[] positions = new Integer[n];
        String[] types = new String[n];
        String[] identifierTypes = new String[n];
        String[] raws = new String[n];
        String[] normalized = new String[n];
        String[] qualifiers = new String[n];
        for (int i = 0; i < n; i++) {
            TaskRow t = tasks.get(i);
            ids[i] = t.id();
            positions[i] = t.position();
            types[i] = t.taskType();
            identifierTypes[i] = t.identifierType() == null ? null : t.identifierType().name();
            raws[i] = t.raw();
            normalized[i] = t.normalized();
            qualifiers[i] = t.qualifier();
        }
        return jdbc.sql(INSERT_NEW)
                .params(prefix, r.id(), r.kind().name(), r.senderAgencyId(), r.senderUnitId(), r.receiverAgencyId(),
                        r.receiverUnitId(), r.agreementId(), chain(r.routingChain()), r.subject(), r.details(),
                        r.basis().reference(), r.basis().date(), r.basis().legalType(), r.basis().authority(),
                        r.basis().approvingLeaderId(), r.basis().validUntil(), r.classification().name(), r.urgency().name(),
                        r.internalNote(), r.windowFrom(), r.windowTo(), r.status().name(), r.desiredStatus().name(),
                        ts(r.requestedDueAt()), r.generation(), r.createdByAccount(), r.createdByPerson(), r.createdByName(),
                        ts(r.createdAt()), ts(r.updatedAt()), idempotencyKey, r.idempotencyHash(), searchText,
                        ids, positions, types, identifierTypes, raws, normalized, qualifiers,
                        e.id(), ts(e.at()), e.to().name(), e.actorAccount(), e.actorName(), e.actorAgencyId(),
                        e.side().name(), e.note(), e.generation())
                .query(String.class).optional();
    }

    private static final String INSERT_NEW = """
            WITH num AS (SELECT CAST(? AS text) AS prefix, nextval('request_number_seq') AS n),
            req AS (
              INSERT INTO coordination_request (id, reference, kind, sender_agency_id, sender_unit_id, receiver_agency_id,
                receiver_unit_id, agreement_id, routing_chain, subject, details, basis_reference, basis_date,
                basis_legal_type, basis_authority, approving_leader_id, basis_valid_until, classification, urgency,
                internal_note, window_from, window_to, status, desired_status, requested_due_at, generation,
                created_by_account, created_by_person, created_by_name, created_at, updated_at, idempotency_key,
                idempotency_hash, search_text)
              SELECT v.id, v.reference, v.kind, v.sender_agency_id, v.sender_unit_id, v.receiver_agency_id,
                v.receiver_unit_id, v.agreement_id, v.routing_chain, v.subject, v.details, v.basis_reference, v.basis_date,
                v.basis_legal_type, v.basis_authority, v.approving_leader_id, v.basis_valid_until, v.classification,
                v.urgency, v.internal_note, v.window_from, v.window_to, v.status, v.desired_status, v.requested_due_at,
                v.generation, v.created_by_account, v.created_by_person, v.created_by_name, v.created_at, v.updated_at,
                v.idempotency_key, v.idempotency_hash, lower(v.reference) || ' ' || v.search_text
              FROM num, LATERAL (SELECT CAST(? AS uuid) AS id,
                num.prefix || CASE WHEN num.n < 1000000 THEN lpad(CAST(num.n AS text), 6, '0') ELSE CAST(num.n AS text) END
                  AS reference,
                CAST(? AS text) AS kind, CAST(? AS uuid) AS sender_agency_id, CAST(? AS uuid) AS sender_unit_id,
                CAST(? AS uuid) AS receiver_agency_id, CAST(? AS uuid) AS receiver_unit_id, CAST(? AS uuid) AS agreement_id,
                CAST(? AS text) AS routing_chain, CAST(? AS text) AS subject, CAST(? AS text) AS details,
                CAST(? AS text) AS basis_reference, CAST(? AS date) AS basis_date, CAST(? AS text) AS basis_legal_type,
                CAST(? AS text) AS basis_authority, CAST(? AS uuid) AS approving_leader_id, CAST(? AS date) AS basis_valid_until,
                CAST(? AS text) AS classification, CAST(? AS text) AS urgency, CAST(? AS text) AS internal_note,
                CAST(? AS date) AS window_from, CAST(? AS date) AS window_to, CAST(? AS text) AS status,
                CAST(? AS text) AS desired_status, CAST(? AS timestamptz) AS requested_due_at, CAST(? AS bigint) AS generation,
                CAST(? AS uuid) AS created_by_account, CAST(? AS uuid) AS created_by_person, CAST(? AS text) AS created_by_name,
                CAST(? AS timestamptz) AS created_at, CAST(? AS timestamptz) AS updated_at, CAST(? AS text) AS idempotency_key,
                CAST(? AS text) AS idempotency_hash, CAST(? AS text) AS search_text) v
              ON CONFLICT (sender_agency_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
              RETURNING id, reference),
            task AS (
              INSERT INTO request_task (id, request_id, position, task_type, identifier_type, raw_value, normalized, qualifier)
              SELECT t.id, req.id, t.position, t.task_type, t.identifier_type, t.raw_value, t.normalized, t.qualifier
              FROM req, unnest(CAST(? AS uuid[]), CAST(? AS int[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
                CAST(? AS text[]), CAST(? AS text[])) AS t(id, position, task_type, identifier_type, raw_value, normalized,
                qualifier)),
            event AS (
              INSERT INTO request_event (id, request_id, at, action, from_status, to_status, actor_account, actor_name,
                actor_agency_id, side, note, generation)
              SELECT CAST(? AS uuid), req.id, CAST(? AS timestamptz), 'CREATE', NULL, CAST(? AS text), CAST(? AS uuid),
                CAST(? AS text), CAST(? AS uuid), CAST(? AS text), CAST(? AS text), CAST(? AS bigint) FROM req)
            SELECT reference FROM req""";

    private static String chain(List<UUID> chain) {
        return chain == null || chain.isEmpty() ? null : String.join(",", chain.stream().map(UUID::toString).toList());
    }

    List<TaskRow> tasks(UUID requestId) {
        return jdbc.sql(TASKS).param(requestId).query(RequestStore::taskRow).list();
    }

    private static TaskRow taskRow(ResultSet rs, int n) throws SQLException {
        return new TaskRow(rs.getObject("id", UUID.class), rs.getInt("position"), rs.getString("task_type"),
                rs.getString("identifier_type") == null ? null : IdentifierType.valueOf(rs.getString("identifier_type")),
                rs.getString("raw_value"), rs.getString("normalized"), rs.getString("qualifier"));
    }

    void insertEvent(UUID requestId, EventRow e) {
        jdbc.sql("""
                INSERT INTO request_event (id, request_id, at, action, from_status, to_status, actor_account, actor_name,
                  actor_agency_id, side, note, generation) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)""")
                .params(e.id(), requestId, ts(e.at()), e.action() == null ? "CREATE" : e.action().name(),
                        e.from() == null ? null : e.from().name(), e.to() == null ? null : e.to().name(), e.actorAccount(),
                        e.actorName(), e.actorAgencyId(), e.side() == null ? null : e.side().name(), e.note(), e.generation())
                .update();
    }

    private static final String EVENTS = "SELECT * FROM request_event WHERE request_id = ? ORDER BY at, generation";

    private static EventRow eventRow(ResultSet rs, int n) throws SQLException {
        String action = rs.getString("action");
        String from = rs.getString("from_status");
        String to = rs.getString("to_status");
        String side = rs.getString("side");
        return new EventRow(rs.getObject("id", UUID.class), RequestRow.instant(rs, "at"),
                "CREATE".equals(action) || "COMMENT".equals(action) ? null : RequestAction.valueOf(action),
                from == null ? null : RequestStatus.valueOf(from), to == null ? null : RequestStatus.valueOf(to),
                rs.getObject("actor_account", UUID.class), rs.getString("actor_name"),
                rs.getObject("actor_agency_id", UUID.class), side == null ? null : Side.valueOf(side),
                rs.getString("note"), rs.getLong("generation"));
    }

    void insertComment(UUID requestId, CommentRow c) {
        jdbc.sql("INSERT INTO request_comment (id, request_id, at, author_account, author_name, agency_id, internal, body) "
                + "VALUES (?,?,?,?,?,?,?,?)")
                .params(c.id(), requestId, ts(c.at()), c.authorAccount(), c.authorName(), c.agencyId(), c.internal(), c.body())
                .update();
    }

    private static final String COMMENTS = "SELECT * FROM request_comment WHERE request_id = ? ORDER BY at";

    private static CommentRow commentRow(ResultSet rs, int n) throws SQLException {
        return new CommentRow(rs.getObject("id", UUID.class), RequestRow.instant(rs, "at"),
                rs.getObject("author_account", UUID.class), rs.getString("author_name"),
                rs.getObject("agency_id", UUID.class), rs.getBoolean("internal"), rs.getString("body"));
    }

    void linkAttachment(UUID requestId, UUID attachmentId, String purpose, int position, UUID agencyId, Instant at) {
        jdbc.sql("INSERT INTO request_attachment (request_id, attachment_id, purpose, position, agency_id, added_at) "
                + "VALUES (?,?,?,?,?,?) ON CONFLICT DO NOTHING")
                .params(requestId, attachmentId, purpose, position, agencyId, ts(at)).update();
    }

    List<AttachmentLink> attachments(UUID requestId) {
        return jdbc.sql(ATTACHMENTS).param(requestId).query(RequestStore::attachmentLink).list();
    }

    private static final String ATTACHMENTS = "SELECT attachment_id, purpose, position, agency_id, added_at "
            + "FROM request_attachment WHERE request_id = ? ORDER BY purpose, position";

    private static AttachmentLink attachmentLink(ResultSet rs, int n) throws SQLException {
        return new AttachmentLink(rs.getObject("attachment_id", UUID.class), rs.getString("purpose"), rs.getInt("position"),
                rs.getObject("agency_id", UUID.class), RequestRow.instant(rs, "added_at"));
    }

    void insertAnswer(AnswerRow a, List<ResultRow> results) {
        jdbc.sql("""
                INSERT INTO request_answer (request_id, generation, outcome, refusal_reason, refusal_text, body, agency_id,
                  answered_by, answered_by_name, answered_at, sig_algorithm, sig_key_id, sig_value, signed_at)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)""")
                .params(a.requestId(), a.generation(), a.outcome().name(),
                        a.refusalReason() == null ? null : a.refusalReason().name(), a.refusalText(), a.body(), a.agencyId(),
                        a.answeredBy(), a.answeredByName(), ts(a.answeredAt()), a.sigAlgorithm(), a.sigKeyId(), a.sigValue(),
                        ts(a.signedAt()))
                .update();
        List<ResultRow> list = new ArrayList<>(results);
        template.batchUpdate("INSERT INTO request_answer_result (request_id, task_id, position, result, text) VALUES (?,?,?,?,?)",
                list, 500, (ps, r) -> {
                    ps.setObject(1, a.requestId());
                    ps.setObject(2, r.taskId());
                    ps.setInt(3, r.position());
                    ps.setString(4, r.result().name());
                    ps.setString(5, r.text());
                });
    }

    private static final String ANSWER = "SELECT * FROM request_answer WHERE request_id = ?";

    private static AnswerRow answerRow(ResultSet rs, int n) throws SQLException {
        return new AnswerRow(rs.getObject("request_id", UUID.class), rs.getLong("generation"),
                Outcome.valueOf(rs.getString("outcome")),
                rs.getString("refusal_reason") == null ? null : RefusalReason.valueOf(rs.getString("refusal_reason")),
                rs.getString("refusal_text"), rs.getString("body"), rs.getObject("agency_id", UUID.class),
                rs.getObject("answered_by", UUID.class), rs.getString("answered_by_name"),
                RequestRow.instant(rs, "answered_at"), rs.getString("sig_algorithm"), rs.getString("sig_key_id"),
                rs.getString("sig_value"), RequestRow.instant(rs, "signed_at"));
    }

    private static final String RESULTS = "SELECT task_id, position, result, text FROM request_answer_result "
            + "WHERE request_id = ? ORDER BY position";

    private static ResultRow resultRow(ResultSet rs, int n) throws SQLException {
        return new ResultRow(rs.getObject("task_id", UUID.class), rs.getInt("position"),
                TaskResult.valueOf(rs.getString("result")), rs.getString("text"));
    }

    /** A request with everything shown with it. */
    record Loaded(RequestRow row, List<TaskRow> tasks, List<EventRow> events, List<CommentRow> comments,
            List<AttachmentLink> attachments, Optional<AnswerRow> answer, List<ResultRow> results) {
    }

    private static final String TASKS = "SELECT id, position, task_type, identifier_type, raw_value, normalized, qualifier "
            + "FROM request_task WHERE request_id = ? ORDER BY position";

    /**
     * A request and all its parts in one round trip: the seven queries go to the database together (the driver
     * sends a multi-statement prepared statement in one exchange) and are read in order.
     */
    Optional<Loaded> load(UUID id) {
        String sql = String.join(";\n", "SELECT " + RequestRow.COLUMNS + " FROM coordination_request WHERE id = ?", TASKS,
                EVENTS, COMMENTS, ATTACHMENTS, ANSWER, RESULTS);
        return template.execute((Connection c) -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 1; i <= 7; i++) {
                    ps.setObject(i, id);
                }
                ps.execute();
                List<RequestRow> rows = next(ps, RequestRow::map, true);
                List<TaskRow> tasks = next(ps, RequestStore::taskRow, false);
                List<EventRow> events = next(ps, RequestStore::eventRow, false);
                List<CommentRow> comments = next(ps, RequestStore::commentRow, false);
                List<AttachmentLink> links = next(ps, RequestStore::attachmentLink, false);
                List<AnswerRow> answers = next(ps, RequestStore::answerRow, false);
                List<ResultRow> results = next(ps, RequestStore::resultRow, false);
                return rows.isEmpty() ? Optional.<Loaded>empty()
                        : Optional.of(new Loaded(rows.get(0), tasks, events, comments, links,
                                answers.stream().findFirst(), results));
            }
        });
    }

    private static <T> List<T> next(PreparedStatement ps, RowMapper<T> mapper, boolean first) throws SQLException {
        if (!first && !ps.getMoreResults()) {
            throw new IllegalStateException("a result set of the request is missing");
        }
        List<T> out = new ArrayList<>();
        try (ResultSet rs = ps.getResultSet()) {
            int n = 0;
            while (rs.next()) {
                out.add(mapper.mapRow(rs, n++));
            }
        }
        return out;
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
