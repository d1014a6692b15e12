package vn.liaison.requests;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.liaison.LiaisonApplication;
import vn.liaison.audit.AuditLedger;
import vn.liaison.audit.AuditRecord;
import vn.liaison.security.AccessPolicy;
import vn.liaison.security.Actor;
import vn.liaison.security.ApiScope;
import vn.liaison.security.Role;
import vn.liaison.shared.DomainException;

/**
 * Figures for the yearly review, computed from the records of a period (by the day the request was sent, or
 * created when never sent): counts by kind, status and agency pair; median and 90th percentile of the time to
 * answer, clarification pauses excluded; the share answered on time. An agency sees the requests it is a party
 * to; a system administrator sees all.
 */
@Service
public class RequestStatistics {

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final AuditLedger ledger;

    RequestStatistics(JdbcClient jdbc, AccessPolicy policy, AuditLedger ledger) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.ledger = ledger;
    }

    public record Count(String key, long count) {
    }

    public record PairCount(UUID senderAgencyId, UUID receiverAgencyId, long count) {
    }

    /** Times in hours (null when nothing was answered in the period). */
    public record Figures(LocalDate from, LocalDate to, long total, List<Count> byKind, List<Count> byStatus,
            List<PairCount> byAgencyPair, long answered, Double medianHoursToAnswer, Double p90HoursToAnswer,
            long answeredOnTime, Double shareOnTime) {
    }

    @Transactional
    public Figures figures(LocalDate from, LocalDate to) {
        Actor actor = policy.requireActor();
        if (!actor.allows(ApiScope.REQUESTS_READ) || !(actor.isMachine()
                || actor.hasAny(Role.LEADER, Role.SECRETARIAT, Role.AUDITOR, Role.SYSTEM_ADMIN))) {
            throw new org.springframework.security.access.AccessDeniedException("leader, secretariat or auditor required");
        }
        if (from == null || to == null || from.isAfter(to)) {
            throw DomainException.invalid("from", "requests.error.period");
        }
        List<Object> p = new ArrayList<>();
        StringBuilder where = new StringBuilder("COALESCE(sent_at, created_at) >= ? AND COALESCE(sent_at, created_at) < ?");
        p.add(Timestamp.from(from.atStartOfDay(LiaisonApplication.ZONE).toInstant()));
        p.add(Timestamp.from(to.plusDays(1).atStartOfDay(LiaisonApplication.ZONE).toInstant()));
        if (!actor.has(Role.SYSTEM_ADMIN)) {
            String in = String.join(",", Collections.nCopies(actor.actingFor().size(), "?"));
            where.append(" AND (sender_agency_id IN (").append(in).append(") OR (receiver_agency_id IN (").append(in)
                    .append(") AND status NOT IN ('DRAFT','AWAITING_APPROVAL')))");
            p.addAll(actor.actingFor());
            p.addAll(actor.actingFor());
        }
        String w = where.toString();
        long total = jdbc.sql("SELECT count(*) FROM coordination_request WHERE " + w).params(p).query(Long.class).single();
        List<Count> byKind = jdbc.sql("SELECT kind k, count(*) c FROM coordination_request WHERE " + w + " GROUP BY kind ORDER BY kind")
                .params(p).query((rs, n) -> new Count(rs.getString("k"), rs.getLong("c"))).list();
        List<Count> byStatus = jdbc.sql("SELECT status k, count(*) c FROM coordination_request WHERE " + w + " GROUP BY status ORDER BY status")
                .params(p).query((rs, n) -> new Count(rs.getString("k"), rs.getLong("c"))).list();
        List<PairCount> pairs = jdbc.sql("SELECT sender_agency_id s, receiver_agency_id r, count(*) c FROM coordination_request WHERE "
                + w + " GROUP BY sender_agency_id, receiver_agency_id ORDER BY c DESC")
                .params(p).query((rs, n) -> new PairCount(rs.getObject("s", UUID.class), rs.getObject("r", UUID.class), rs.getLong("c")))
                .list();
        Object[] t = jdbc.sql("""
                SELECT count(*) n,
                  percentile_cont(0.5) WITHIN GROUP (ORDER BY hours) med,
                  percentile_cont(0.9) WITHIN GROUP (ORDER BY hours) p90,
                  count(*) FILTER (WHERE on_time) ontime
                FROM (SELECT (extract(epoch FROM answered_at - sent_at) - paused_seconds) / 3600.0 hours,
                             answered_at <= effective_due_at on_time
                      FROM coordination_request WHERE answered_at IS NOT NULL AND sent_at IS NOT NULL""" + " AND " + w + ") a")
                .params(p).query((rs, n) -> new Object[] {rs.getLong("n"), (Double) rs.getObject("med", Double.class),
                        (Double) rs.getObject("p90", Double.class), rs.getLong("ontime")})
                .single();
        long answered = (Long) t[0];
        long onTime = (Long) t[3];
        ledger.record(AuditRecord.change("request.statistics", "requests", null, null,
                java.util.Map.of("from", from.toString(), "to", to.toString())));
        return new Figures(from, to, total, byKind, byStatus, pairs, answered, (Double) t[1], (Double) t[2], onTime,
                answered == 0 ? null : (double) onTime / answered);
    }
}
