package vn.liaison.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import vn.liaison.shared.Classification;

/** A row of {@code coordination_request}, as the module reads it. */
record RequestRow(UUID id, String reference, RequestKind kind, UUID senderAgencyId, UUID senderUnitId,
        UUID receiverAgencyId, UUID receiverUnitId, UUID agreementId, List<UUID> routingChain, String subject,
        String details, LegalBasis basis, Classification classification, Urgency urgency, String internalNote,
        LocalDate windowFrom, LocalDate windowTo, RequestStatus status, RequestStatus desiredStatus,
        boolean approvalPending, UUID approvedBy, String approvedByName, Instant approvedAt, Instant requestedDueAt,
        Instant sentAt, Instant dueAt, long pausedSeconds, Instant pausedSince, Instant effectiveDueAt, Instant remindAt,
        UUID assigneePersonId, String assigneeName, Outcome outcome, Instant answeredAt, Instant closedAt, long generation,
        UUID createdByAccount, UUID createdByPerson, String createdByName, Instant createdAt, Instant updatedAt,
        String idempotencyHash) {

    static final String COLUMNS = """
            id, reference, kind, sender_agency_id, sender_unit_id, receiver_agency_id, receiver_unit_id, agreement_id,
            routing_chain, subject, details, basis_reference, basis_date, basis_legal_type, basis_authority,
            approving_leader_id, basis_valid_until, classification, urgency, internal_note, window_from, window_to,
            status, desired_status, approval_pending, approved_by, approved_by_name, approved_at, requested_due_at,
            sent_at, due_at, paused_seconds, paused_since, effective_due_at, remind_at, assignee_person_id,
            assignee_name, outcome, answered_at, closed_at, generation, created_by_account, created_by_person,
            created_by_name, created_at, updated_at, idempotency_hash""";

    static RequestRow map(ResultSet rs, int n) throws SQLException {
        String chain = rs.getString("routing_chain");
        List<UUID> routing = new ArrayList<>();
        if (chain != null && !chain.isBlank()) {
            Arrays.stream(chain.split(",")).map(UUID::fromString).forEach(routing::add);
        }
        String outcome = rs.getString("outcome");
        return new RequestRow(rs.getObject("id", UUID.class), rs.getString("reference"),
                RequestKind.valueOf(rs.getString("kind")), rs.getObject("sender_agency_id", UUID.class),
                rs.getObject("sender_unit_id", UUID.class), rs.getObject("receiver_agency_id", UUID.class),
                rs.getObject("receiver_unit_id", UUID.class), rs.getObject("agreement_id", UUID.class), routing,
                rs.getString("subject"), rs.getString("details"),
                new LegalBasis(rs.getString("basis_reference"), rs.getObject("basis_date", LocalDate.class),
                        rs.getString("basis_legal_type"), rs.getString("basis_authority"),
                        rs.getObject("approving_leader_id", UUID.class), rs.getObject("basis_valid_until", LocalDate.class)),
                Classification.valueOf(rs.getString("classification")), Urgency.valueOf(rs.getString("urgency")),
                rs.getString("internal_note"), rs.getObject("window_from", LocalDate.class),
                rs.getObject("window_to", LocalDate.class), RequestStatus.valueOf(rs.getString("status")),
                RequestStatus.valueOf(rs.getString("desired_status")), rs.getBoolean("approval_pending"),
                rs.getObject("approved_by", UUID.class), rs.getString("approved_by_name"), instant(rs, "approved_at"),
                instant(rs, "requested_due_at"), instant(rs, "sent_at"), instant(rs, "due_at"),
                rs.getLong("paused_seconds"), instant(rs, "paused_since"), instant(rs, "effective_due_at"),
                instant(rs, "remind_at"), rs.getObject("assignee_person_id", UUID.class), rs.getString("assignee_name"),
                outcome == null ? null : Outcome.valueOf(outcome), instant(rs, "answered_at"), instant(rs, "closed_at"),
                rs.getLong("generation"), rs.getObject("created_by_account", UUID.class),
                rs.getObject("created_by_person", UUID.class), rs.getString("created_by_name"),
                instant(rs, "created_at"), instant(rs, "updated_at"), rs.getString("idempotency_hash"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    RequestLifecycle.State state() {
        return new RequestLifecycle.State(status, kind, urgency, approvalPending);
    }

    Duration paused() {
        return Duration.ofSeconds(pausedSeconds);
    }

    /** What the ledger records of the request (never the internal note's text). */
    java.util.Map<String, Object> auditState() {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("reference", reference);
        m.put("status", status);
        m.put("desiredStatus", desiredStatus);
        m.put("generation", generation);
        m.put("approvalPending", approvalPending);
        if (assigneePersonId != null) {
            m.put("assignee", assigneePersonId);
        }
        if (outcome != null) {
            m.put("outcome", outcome);
        }
        if (effectiveDueAt != null) {
            m.put("due", effectiveDueAt);
        }
        return m;
    }
}
