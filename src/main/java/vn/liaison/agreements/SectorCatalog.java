package vn.liaison.agreements;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.liaison.audit.AuditLedger;
import vn.liaison.audit.AuditRecord;
import vn.liaison.security.AccessPolicy;
import vn.liaison.shared.DomainException;

/** The sectors an agreement's scope can name: reference data that a system administrator extends. */
@Service
public class SectorCatalog {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final AuditLedger ledger;

    SectorCatalog(JdbcClient jdbc, AccessPolicy policy, AuditLedger ledger) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.ledger = ledger;
    }

    public List<SectorView> all() {
        return jdbc.sql("SELECT code, name_vi, name_en, position FROM sector ORDER BY position, code")
                .query((rs, n) -> new SectorView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4))).list();
    }

    Set<String> codes() {
        return Set.copyOf(jdbc.sql("SELECT code FROM sector").query(String.class).list());
    }

    @Transactional
    public SectorView add(String code, String nameVi, String nameEn) {
        policy.requireSystemAdmin();
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            throw DomainException.invalid("code", "agreements.error.sectorCode");
        }
        if (nameVi == null || nameVi.isBlank()) {
            throw DomainException.invalid("nameVi", "agreements.error.required");
        }
        if (nameEn == null || nameEn.isBlank()) {
            throw DomainException.invalid("nameEn", "agreements.error.required");
        }
        if (codes().contains(c)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "code", "agreements.error.sectorExists", c);
        }
        int position = jdbc.sql("SELECT coalesce(max(position), 0) + 10 FROM sector").query(Integer.class).single();
        jdbc.sql("INSERT INTO sector (code, name_vi, name_en, position) VALUES (?,?,?,?)")
                .params(c, nameVi.strip(), nameEn.strip(), position).update();
        SectorView added = new SectorView(c, nameVi.strip(), nameEn.strip(), position);
        ledger.record(AuditRecord.change("sector.create", "sector", c, null, added));
        return added;
    }
}
