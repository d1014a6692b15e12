package vn.liaison.requests;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
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

    long nextNumber() {
        return jdbc.sql("SELECT nextval('request_number_seq')").query(Long.class).single();
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

    void insert(RequestRow r, String idempotencyKey, String searchText) {
        jdbc.sql("""
                INSERT INTO coordination_request (id, reference, kind, sender_agency_id, sender_unit_id, receiver_agency_id,
                  receiver_unit_id, agreement_id, routing_chain, subject, details, basis_reference, basis_date,
                  basis_legal_type, basis_authority, approving_leader_id, basis_valid_until, classification, urgency,
                  internal_note, window_from, window_to, status, desired_status, requested_due_at, generation,
                  created_by_account, created_by_person, created_by_name, created_at, updated_at, idempotency_key,
                  idempotency_hash, search_text)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""")
                .params(r.id(), r.reference(), r.kind().name(), r.senderAgencyId(), r.senderUnitId(), r.receiverAgencyId(),
                        r.receiverUnitId(), r.agreementId(), chain(r.routingChain()), r.subject(), r.details(),
                        r.basis().reference(), r.basis().date(), r.basis().legalType(), r.basis().authority(),
                        r.basis().approvingLeaderId(), r.basis().validUntil(), r.classification().name(), r.urgency().name(),
                        r.internalNote(), r.windowFrom(), r.windowTo(), r.status().name(), r.desiredStatus().name(),
                        ts(r.requestedDueAt()), r.generation(), r.createdByAccount(), r.createdByPerson(), r.createdByName(),
                        ts(r.createdAt()), ts(r.updatedAt()), idempotencyKey, r.idempotencyHash(), searchText)
                .update();
    }

    private static String chain(List<UUID> chain) {
        return chain == null || chain.isEmpty() ? null : String.join(",", chain.stream().map(UUID::toString).toList());
    }

    void insertTasks(UUID requestId, List<TaskRow> tasks) {
        if (tasks.isEmpty()) {
            return;
        }
        template.batchUpdate("""
                INSERT INTO request_task (id, request_id, position, task_type, identifier_type, raw_value, normalized, qualifier)
                VALUES (?,?,?,?,?,?,?,?)""", tasks, 500, (ps, t) -> {
            ps.setObject(1, t.id());
            ps.setObject(2, requestId);
            ps.setInt(3, t.position());
            ps.setString(4, t.taskType());
            if (t.identifierType() == null) {
                ps.setNull(5, Types.VARCHAR);
            } else {
                ps.setString(5, t.identifierType().name());
            }
            ps.setString(6, t.raw());
            ps.setString(7, t.normalized());
            ps.setString(8, t.qualifier());
        });
    }

    List<TaskRow> tasks(UUID requestId) {
        return jdbc.sql("SELECT id, position, task_type, identifier_type, raw_value, normalized, qualifier FROM request_task "
                + "WHERE request_id = ? ORDER BY position").param(requestId)
                .query((rs, n) -> new TaskRow(rs.getObject("id", UUID.class), rs.getInt("position"), rs.getString("task_type"),
                        rs.getString("identifier_type") == null ? null : IdentifierType.valueOf(rs.getString("identifier_type")),
                        rs.getString("raw_value"), rs.getString("normalized"), rs.getString("qualifier")))
                .list();
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

    List<EventRow> events(UUID requestId) {
        return jdbc.sql("SELECT * FROM request_event WHERE request_id = ? ORDER BY at, generation").param(requestId)
                .query((rs, n) -> {
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
                }).list();
    }

    void insertComment(UUID requestId, CommentRow c) {
        jdbc.sql("INSERT INTO request_comment (id, request_id, at, author_account, author_name, agency_id, internal, body) "
                + "VALUES (?,?,?,?,?,?,?,?)")
                .params(c.id(), requestId, ts(c.at()), c.authorAccount(), c.authorName(), c.agencyId(), c.internal(), c.body())
                .update();
    }

    List<CommentRow> comments(UUID requestId) {
        return jdbc.sql("SELECT * FROM request_comment WHERE request_id = ? ORDER BY at").param(requestId)
                .query((rs, n) -> new CommentRow(rs.getObject("id", UUID.class), RequestRow.instant(rs, "at"),
                        rs.getObject("author_account", UUID.class), rs.getString("author_name"),
                        rs.getObject("agency_id", UUID.class), rs.getBoolean("internal"), rs.getString("body")))
                .list();
    }

    void linkAttachment(UUID requestId, UUID attachmentId, String purpose, int position, UUID agencyId, Instant at) {
        jdbc.sql("INSERT INTO request_attachment (request_id, attachment_id, purpose, position, agency_id, added_at) "
                + "VALUES (?,?,?,?,?,?) ON CONFLICT DO NOTHING")
                .params(requestId, attachmentId, purpose, position, agencyId, ts(at)).update();
    }

    List<AttachmentLink> attachments(UUID requestId) {
        return jdbc.sql("SELECT attachment_id, purpose, position, agency_id, added_at FROM request_attachment "
                + "WHERE request_id = ? ORDER BY purpose, position").param(requestId)
                .query((rs, n) -> new AttachmentLink(rs.getObject("attachment_id", UUID.class), rs.getString("purpose"),
                        rs.getInt("position"), rs.getObject("agency_id", UUID.class), RequestRow.instant(rs, "added_at")))
                .list();
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

    Optional<AnswerRow> answer(UUID requestId) {
        return jdbc.sql("SELECT * FROM request_answer WHERE request_id = ?").param(requestId)
                .query((rs, n) -> new AnswerRow(rs.getObject("request_id", UUID.class), rs.getLong("generation"),
                        Outcome.valueOf(rs.getString("outcome")),
                        rs.getString("refusal_reason") == null ? null : RefusalReason.valueOf(rs.getString("refusal_reason")),
                        rs.getString("refusal_text"), rs.getString("body"), rs.getObject("agency_id", UUID.class),
                        rs.getObject("answered_by", UUID.class), rs.getString("answered_by_name"),
                        RequestRow.instant(rs, "answered_at"), rs.getString("sig_algorithm"), rs.getString("sig_key_id"),
                        rs.getString("sig_value"), RequestRow.instant(rs, "signed_at")))
                .optional();
    }

    List<ResultRow> results(UUID requestId) {
        return jdbc.sql("SELECT task_id, position, result, text FROM request_answer_result WHERE request_id = ? ORDER BY position")
                .param(requestId)
                .query((rs, n) -> new ResultRow(rs.getObject("task_id", UUID.class), rs.getInt("position"),
                        TaskResult.valueOf(rs.getString("result")), rs.getString("text")))
                .list();
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
