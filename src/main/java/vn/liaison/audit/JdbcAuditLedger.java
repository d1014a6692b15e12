package vn.liaison.audit;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.ObjectMapper;

/** Placeholder ledger writer (no chain yet); the audit module replaces it with the hash-chained ledger. */
@Component
class JdbcAuditLedger implements AuditLedger {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectProvider<AuditActorProvider> actors;
    private final ObjectMapper json = new ObjectMapper();

    JdbcAuditLedger(JdbcClient jdbc, Clock clock, ObjectProvider<AuditActorProvider> actors) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.actors = actors;
    }

    @Override
    @Transactional
    public void record(AuditRecord record) {
        AuditActorProvider provider = actors.getIfAvailable();
        record(provider == null ? AuditActor.system() : provider.current(), record);
    }

    @Override
    @Transactional
    public void record(AuditActor actor, AuditRecord record) {
        jdbc.sql("""
                INSERT INTO audit_entry (occurred_at, actor_account_id, actor_name, agency_id, client_address, action,
                  target_type, target_id, before_state, after_state) VALUES (?,?,?,?,?,?,?,?,?,?)""")
                .params(Timestamp.from(clock.instant()), actor.accountId(), actor.name(), actor.agencyId(),
                        actor.clientAddress(), record.action(), record.targetType(), record.targetId(),
                        record.before() == null ? null : json.writeValueAsString(record.before()),
                        record.after() == null ? null : json.writeValueAsString(record.after()))
                .update();
    }
}
