package vn.liaison.attachments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.liaison.audit.AuditLedger;
import vn.liaison.audit.AuditRecord;
import vn.liaison.security.AccessPolicy;
import vn.liaison.security.Actor;
import vn.liaison.shared.DomainException;

/**
 * The chain of custody, append-only. Each event recomputes the item's hash from the stored bytes at that moment;
 * a mismatch is never a reason to refuse recording (that would hide it): it is recorded, flagged, and written to
 * the ledger as {@code custody.hash-mismatch}.
 */
@Service
class JdbcCustodyLog implements CustodyLog {

    private static final Logger log = LoggerFactory.getLogger(JdbcCustodyLog.class);
    static final int MIN_REASON = 3;
    static final int MAX_TEXT = 2000;

    private final JdbcClient jdbc;
    private final EncryptedAttachmentStore store;
    private final AuditLedger ledger;
    private final AccessPolicy access;
    private final Clock clock;
    private final TransactionTemplate separately;

    JdbcCustodyLog(JdbcClient jdbc, EncryptedAttachmentStore store, AuditLedger ledger, AccessPolicy access, Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.store = store;
        this.ledger = ledger;
        this.access = access;
        this.clock = clock;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    @Transactional
    public CustodyEvent record(UUID attachmentId, UUID contextId, CustodyAction action, String reason, String handedTo) {
        Actor actor = access.requireActor();
        if (action == null) {
            throw DomainException.invalid("action", "attachments.custody.actionRequired");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < MIN_REASON) {
            throw DomainException.invalid("reason", "attachments.custody.reasonRequired", MIN_REASON);
        }
        if (why.length() > MAX_TEXT) {
            throw DomainException.invalid("reason", "attachments.custody.tooLong", MAX_TEXT);
        }
        String to = handedTo == null || handedTo.isBlank() ? null : handedTo.strip();
        if (to != null && to.length() > MAX_TEXT) {
            throw DomainException.invalid("handedTo", "attachments.custody.tooLong", MAX_TEXT);
        }
        AttachmentView item = store.view(attachmentId);
        EncryptedAttachmentStore.Check check = store.check(item);
        CustodyEvent event = new CustodyEvent(UUID.randomUUID(), item.id(), contextId, action, actor.accountId(),
                EncryptedAttachmentStore.nameOf(actor), actor.agencyId(), why, to, check.expected(), check.actual(),
                check.matches(), EncryptedAttachmentStore.now(clock));
        if (check.matches()) {
            write(event, actor, item, check);
        } else {
            writeMismatch(event, actor, item, check);
        }
        return event;
    }

    /**
     * A mismatch is evidence of tampering: it is committed on its own, so it stays even when the caller's
     * transaction then fails (e.g. on the refused read that follows). Only when the item itself is not committed
     * yet (stored in the caller's transaction) can it not be, and then it goes with the caller's transaction.
     */
    private void writeMismatch(CustodyEvent event, Actor actor, AttachmentView item, EncryptedAttachmentStore.Check check) {
        try {
            separately.executeWithoutResult(s -> write(event, actor, item, check));
        } catch (DataIntegrityViolationException uncommittedItem) {
            write(event, actor, item, check);
        }
    }

    private void write(CustodyEvent event, Actor actor, AttachmentView item, EncryptedAttachmentStore.Check check) {
        jdbc.sql("""
                INSERT INTO custody_event (id, attachment_id, context_id, action, actor_account_id, actor_name, agency_id,
                  agency_name, reason, handed_to, expected_sha256, actual_sha256, hash_matches, at)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)""")
                .params(event.id(), event.attachmentId(), event.contextId(), event.action().name(), event.actorAccountId(),
                        event.actorName(), event.agencyId(), actor.agencyName(), event.reason(), event.handedTo(),
                        event.expectedSha256(), event.actualSha256(), event.hashMatches(), Timestamp.from(event.at()))
                .update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("attachmentId", item.id().toString());
        after.put("contextId", event.contextId() == null ? null : event.contextId().toString());
        after.put("action", event.action().name());
        after.put("reason", event.reason());
        after.put("handedTo", event.handedTo());
        after.put("expectedSha256", check.expected());
        after.put("actualSha256", check.actual());
        after.put("hashMatches", check.matches());
        ledger.record(AuditRecord.change("custody.record", "custody_event", event.id(), null, after));
        if (!check.matches()) {
            log.error("CUSTODY HASH MISMATCH on attachment {} ({}) at {}: recorded {}, stored bytes {}", item.id(),
                    item.fileName(), event.action(), check.expected(), check.actual() == null ? "unreadable" : check.actual());
            ledger.record(AuditRecord.change("custody.hash-mismatch", "attachment", item.id(), null, after));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<CustodyEvent> history(UUID attachmentId) {
        return jdbc.sql("SELECT * FROM custody_event WHERE attachment_id = ? ORDER BY at, seq")
                .param(attachmentId).query(JdbcCustodyLog::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean intact(UUID attachmentId) {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM custody_event WHERE attachment_id = ? AND NOT hash_matches)")
                .param(attachmentId).query(Boolean.class).single();
    }

    /** The agencies' names as they were when each event was recorded (a custody record keeps its own words). */
    Map<UUID, String> agencyNames(List<CustodyEvent> events) {
        List<UUID> ids = events.stream().map(CustodyEvent::id).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT agency_id, agency_name FROM custody_event WHERE id IN (:ids) AND agency_name IS NOT NULL")
                .param("ids", ids).query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list()
                .forEach(e -> names.putIfAbsent(e.getKey(), e.getValue()));
        return names;
    }

    private static CustodyEvent row(ResultSet rs, int n) throws SQLException {
        return new CustodyEvent(rs.getObject("id", UUID.class), rs.getObject("attachment_id", UUID.class),
                rs.getObject("context_id", UUID.class), CustodyAction.valueOf(rs.getString("action")),
                rs.getObject("actor_account_id", UUID.class), rs.getString("actor_name"),
                rs.getObject("agency_id", UUID.class), rs.getString("reason"), rs.getString("handed_to"),
                rs.getString("expected_sha256"), rs.getString("actual_sha256"), rs.getBoolean("hash_matches"),
                rs.getTimestamp("at").toInstant());
    }
}
