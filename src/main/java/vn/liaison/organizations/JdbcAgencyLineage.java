package vn.liaison.organizations;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.liaison.security.AgencyLineage;

/**
 * The agency and, transitively, every agency it succeeded, in one recursive query. {@code UNION} (not
 * {@code UNION ALL}) drops rows already seen, so even a corrupt cycle in the data cannot loop forever.
 */
@Component
class JdbcAgencyLineage implements AgencyLineage {

    private static final String PREDECESSORS = """
            WITH RECURSIVE lineage(id) AS (
              SELECT CAST(:id AS uuid)
              UNION
              SELECT s.predecessor_id FROM agency_succession s JOIN lineage l ON s.successor_id = l.id
            )
            SELECT id FROM lineage""";

    private static final String DESCENDANTS = """
            WITH RECURSIVE later(id) AS (
              SELECT CAST(:id AS uuid)
              UNION
              SELECT s.successor_id FROM agency_succession s JOIN later l ON s.predecessor_id = l.id
            )
            SELECT id FROM later""";

    private final JdbcClient jdbc;

    JdbcAgencyLineage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<UUID> actingFor(UUID agencyId) {
        if (agencyId == null) {
            return Set.of();
        }
        return new LinkedHashSet<>(jdbc.sql(PREDECESSORS).param("id", agencyId).query(UUID.class).list());
    }

    /** The agency and every agency that (transitively) came out of it. */
    Set<UUID> laterForms(UUID agencyId) {
        return new LinkedHashSet<>(jdbc.sql(DESCENDANTS).param("id", agencyId).query(UUID.class).list());
    }
}
