package vn.liaison.requests;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.liaison.audit.AuditActor;
import vn.liaison.audit.AuditLedger;
import vn.liaison.audit.AuditRecord;

/**
 * Every minute: the 75 % reminder and the overdue escalation (both sides' leaders), each sent once (the row
 * records when). A PostgreSQL advisory lock held for the transaction lets only one node run a pass.
 */
@Component
class DeadlineWatch {

    /** The advisory lock key of this job ("REQDEADL" in ASCII). */
    static final long LOCK_KEY = 0x5245514445414C4CL;

    private final JdbcClient jdbc;
    private final RequestNotices notices;
    private final AuditLedger ledger;
    private final Clock clock;

    DeadlineWatch(JdbcClient jdbc, RequestNotices notices, AuditLedger ledger, Clock clock) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${liaison.requests.deadline-watch-ms:60000}", initialDelay = 30000)
    void scheduled() {
        run();
    }

    /** One pass; returns how many reminders and escalations were sent. */
    @Transactional
    public int run() {
        Boolean locked = jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(LOCK_KEY).query(Boolean.class).single();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        Instant now = clock.instant();
        Timestamp ts = Timestamp.from(now);
        List<RequestRow> reminders = jdbc.sql("SELECT " + RequestRow.COLUMNS + " FROM coordination_request "
                + "WHERE status IN ('SENT','ACKNOWLEDGED','IN_PROGRESS') AND reminder_sent_at IS NULL AND remind_at <= ? "
                + "AND effective_due_at > ? ORDER BY remind_at LIMIT 500 FOR UPDATE SKIP LOCKED")
                .params(ts, ts).query(RequestRow::map).list();
        for (RequestRow r : reminders) {
            notices.reminder(r);
            jdbc.sql("UPDATE coordination_request SET reminder_sent_at = ? WHERE id = ?").params(ts, r.id()).update();
            ledger.record(AuditActor.system(), AuditRecord.of("request.reminder", "request", r.id()));
        }
        List<RequestRow> overdue = jdbc.sql("SELECT " + RequestRow.COLUMNS + " FROM coordination_request "
                + "WHERE status IN ('SENT','ACKNOWLEDGED','IN_PROGRESS') AND overdue_notified_at IS NULL "
                + "AND effective_due_at <= ? ORDER BY effective_due_at LIMIT 500 FOR UPDATE SKIP LOCKED")
                .param(ts).query(RequestRow::map).list();
        for (RequestRow r : overdue) {
            notices.overdue(r);
            jdbc.sql("UPDATE coordination_request SET overdue_notified_at = ?, reminder_sent_at = COALESCE(reminder_sent_at, ?) "
                    + "WHERE id = ?").params(ts, ts, r.id()).update();
            ledger.record(AuditActor.system(), AuditRecord.of("request.overdue", "request", r.id()));
        }
        return reminders.size() + overdue.size();
    }
}
