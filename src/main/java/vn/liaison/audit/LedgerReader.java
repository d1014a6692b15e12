package vn.liaison.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.liaison.shared.DomainException;
import vn.liaison.shared.PageRequest;
import vn.liaison.shared.PageResult;

/**
 * Reads the ledger for auditors: filtered and paged (newest first), one entry, or a CSV export of everything the
 * filter selects. Every method takes the reader's {@link LedgerScope} (from {@link LedgerAccess}), and an agency
 * auditor sees only the entries of their agency. The export is itself recorded, in the same transaction.
 */
@Service
public class LedgerReader {

    private static final String COLUMNS = """
            id, chain_no, chain_seq, occurred_at, actor_account_id, actor_name, agency_id, client_address, action,
            target_type, target_id, before_state, after_state, prev_hash, entry_hash""";

    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS xxx");

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final Clock clock;
    private final AuditLedger ledger;
    private final MessageSource messages;

    LedgerReader(JdbcClient jdbc, DataSource dataSource, Clock clock, AuditLedger ledger, MessageSource messages) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1000);
        this.clock = clock;
        this.ledger = ledger;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public PageResult<LedgerEntry> browse(LedgerScope scope, LedgerFilter filter, PageRequest page) {
        Where where = where(scope, filter);
        long total = jdbc.sql("SELECT count(*) FROM audit_entry" + where.sql()).params(where.params())
                .query(Long.class).single();
        List<Object> params = new ArrayList<>(where.params());
        params.add(page.size());
        params.add(page.offset());
        List<LedgerEntry> items = jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry" + where.sql()
                        + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(params).query((rs, i) -> LedgerCheck.entry(rs)).list();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /** One entry; refused when it lies outside the reader's scope, not found when there is none. */
    @Transactional(readOnly = true)
    public LedgerEntry entry(LedgerScope scope, long id) {
        LedgerEntry e = jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE id = ?").param(id)
                .query((rs, i) -> LedgerCheck.entry(rs)).optional()
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "audit.error.entryNotFound", id));
        if (!scope.isEverything() && !scope.agencyId().equals(e.agencyId())) {
            throw new AccessDeniedException("ledger entry outside the reader's agency");
        }
        return e;
    }

    /** Entries recorded today (Vietnam date) within the scope. */
    @Transactional(readOnly = true)
    public long countToday(LedgerScope scope) {
        LocalDate today = LocalDate.now(clock);
        Where where = where(scope, new LedgerFilter(today, today, null, null, null, null, null));
        return jdbc.sql("SELECT count(*) FROM audit_entry" + where.sql()).params(where.params()).query(Long.class).single();
    }

    /**
     * Writes every entry the filter selects as CSV (UTF-8 with a byte-order mark, so that Excel shows Vietnamese,
     * oldest first, headers in the reader's language) and records the export with its filter and row count.
     * Returns the number of entries written.
     */
    @Transactional
    public long exportCsv(LedgerScope scope, LedgerFilter filter, OutputStream out, Locale locale) {
        Where where = where(scope, filter);
        ZoneId zone = clock.getZone();
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        long[] rows = {0};
        try {
            w.write('\uFEFF');
            List<String> header = new ArrayList<>();
            for (String column : List.of("id", "occurredAt", "actorName", "actorAccountId", "agencyId", "clientAddress",
                    "action", "targetType", "targetId", "before", "after", "chainNo", "chainSeq", "prevHash", "entryHash")) {
                header.add(messages.getMessage("audit.csv." + column, null, column, locale));
            }
            line(w, header);
            streaming.query("SELECT " + COLUMNS + " FROM audit_entry" + where.sql() + " ORDER BY occurred_at, id", rs -> {
                LedgerEntry e = LedgerCheck.entry(rs);
                try {
                    line(w, Arrays.asList(String.valueOf(e.id()), CSV_TIME.format(e.occurredAt().atZone(zone)),
                            e.actorName(), text(e.actorAccountId()), text(e.agencyId()), e.clientAddress(), e.action(),
                            e.targetType(), e.targetId(), e.beforeState(), e.afterState(), String.valueOf(e.chainNo()),
                            String.valueOf(e.chainSeq()), e.prevHash(), e.entryHash()));
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
                rows[0]++;
            }, where.params().toArray());
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("filter", filter.describe());
        after.put("scopeAgencyId", scope.isEverything() ? null : scope.agencyId().toString());
        after.put("rows", rows[0]);
        after.put("format", "csv");
        ledger.record(new AuditRecord("audit.export", "audit_entry", null, null, after));
        return rows[0];
    }

    private Where where(LedgerScope scope, LedgerFilter f) {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (!scope.isEverything()) {
            if (f.agencyId() != null && !f.agencyId().equals(scope.agencyId())) {
                throw new AccessDeniedException("agency outside the reader's scope");
            }
            and(sql, "agency_id = ?");
            params.add(scope.agencyId());
        } else if (f.agencyId() != null) {
            and(sql, "agency_id = ?");
            params.add(f.agencyId());
        }
        ZoneId zone = clock.getZone();
        if (f.from() != null) {
            and(sql, "occurred_at >= ?");
            params.add(Timestamp.from(f.from().atStartOfDay(zone).toInstant()));
        }
        if (f.to() != null) {
            and(sql, "occurred_at < ?");
            params.add(Timestamp.from(f.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (f.actor() != null) {
            and(sql, "actor_name ILIKE ? ESCAPE '\\'");
            params.add("%" + escapeLike(f.actor()) + "%");
        }
        if (f.actionPrefix() != null) {
            and(sql, "action LIKE ? ESCAPE '\\'");
            params.add(escapeLike(f.actionPrefix()) + "%");
        }
        if (f.targetType() != null) {
            and(sql, "target_type = ?");
            params.add(f.targetType());
        }
        if (f.targetId() != null) {
            and(sql, "target_id = ?");
            params.add(f.targetId());
        }
        return new Where(sql.toString(), params);
    }

    private static void and(StringBuilder sql, String condition) {
        sql.append(sql.isEmpty() ? " WHERE " : " AND ").append(condition);
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    /** One CSV line (RFC 4180 quoting). A cell that a spreadsheet would run as a formula is prefixed with '. */
    static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(cell(cells.get(i)));
        }
        w.write("\r\n");
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private record Where(String sql, List<Object> params) {
    }
}
