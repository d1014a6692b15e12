package vn.liaison.organizations;

import java.sql.ResultSet;
import java.sql.SQLException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.liaison.shared.ChangeFeed;
import vn.liaison.shared.CommittedCache;
import vn.liaison.shared.ContentArea;

/**
 * Reads agencies, units, people and focal points for every module (each applies the access policy itself). The
 * lookups of agencies and units by id serve committed rows from a cache every node empties when any node commits a
 * change to those tables, and read the rest with plain SQL outside any transaction of their own: they run on every
 * request created or opened.
 */
@Component
class JpaAgencyDirectory implements AgencyDirectory {

    /** The topic the organisation tables announce their changes on (migration {@code V1_3_2}). */
    static final String CHANGES = "organizations";
    private static final int MAX_CACHED = 50_000;
    private static final Object CHANGING = JpaAgencyDirectory.class.getName() + ".changing";

    private static final Comparator<AgencyView> BY_NAME = Comparator.comparing(AgencyView::nameVi,
            java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi")));

    private final AgencyRepository agencies;
    private final SuccessionRepository successions;
    private final UnitRepository units;
    private final PersonRepository people;
    private final FocalPointRepository focalPoints;
    private final JdbcAgencyLineage lineage;
    private final JdbcClient jdbc;
    private final CommittedCache<UUID, AgencyView> agencyCache;
    private final CommittedCache<UUID, UnitView> unitCache;

    JpaAgencyDirectory(AgencyRepository agencies, SuccessionRepository successions, UnitRepository units,
            PersonRepository people, FocalPointRepository focalPoints, JdbcAgencyLineage lineage, JdbcClient jdbc,
            ChangeFeed changes) {
        this.jdbc = jdbc;
        this.agencyCache = new CommittedCache<>(changes, CHANGES, MAX_CACHED);
        this.unitCache = new CommittedCache<>(changes, CHANGES, MAX_CACHED);
        this.agencies = agencies;
        this.successions = successions;
        this.units = units;
        this.people = people;
        this.focalPoints = focalPoints;
        this.lineage = lineage;
    }

    @Override
    public Optional<AgencyView> agency(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(agencies(List.of(id)).get(id));
    }

    /**
     * Agencies by id with their succession links: from the cache of committed rows, the others in one plain SQL round
     * trip. These lookups run on every request created or opened.
     */
    @Override
    public Map<UUID, AgencyView> agencies(Collection<UUID> ids) {
        return byIds(agencyCache, ids, AGENCIES_BY_IDS, JpaAgencyDirectory::agencyRow);
    }

    /**
     * Marks the current transaction as changing agencies or units: until it ends, its lookups bypass the cache, which
     * holds the rows as they were before it; once it commits, this node's cache forgets them at once.
     */
    void changing() {
        if (TransactionSynchronizationManager.hasResource(CHANGING)) {
            return;
        }
        agencyCache.clearAfterCommit();
        unitCache.clearAfterCommit();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.bindResource(CHANGING, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CHANGING);
                }
            });
        }
    }

    /** The cached views of the ids, and the others read in one query (kept when read as committed). */
    private <V> Map<UUID, V> byIds(CommittedCache<UUID, V> cache, Collection<UUID> ids, String sql, RowMapper<V> view) {
        Map<UUID, V> out = new LinkedHashMap<>();
        if (ids == null || ids.isEmpty()) {
            return out;
        }
        boolean usable = !TransactionSynchronizationManager.hasResource(CHANGING);
        Set<UUID> missing = new LinkedHashSet<>();
        for (UUID id : ids) {
            V hit = usable ? cache.get(id) : null;
            if (hit != null) {
                out.put(id, hit);
            } else {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        long ticket = cache.ticket();
        jdbc.sql(sql).param("ids", missing.toArray(UUID[]::new)).query((rs, n) -> {
            UUID id = rs.getObject("id", UUID.class);
            V v = view.mapRow(rs, n);
            if (usable && CommittedCache.committed(rs)) {
                cache.offer(ticket, id, v);
            }
            out.put(id, v);
            return v;
        }).list();
        return out;
    }

    private static final String AGENCIES_BY_IDS = """
            SELECT a.id, a.code, a.name_vi, a.name_en, a.short_name, a.kind, a.level, a.parent_id, a.valid_from, a.valid_to,
              ARRAY(SELECT s.predecessor_id FROM agency_succession s WHERE s.successor_id = a.id
                    ORDER BY s.effective_on, s.predecessor_id) AS predecessors,
              ARRAY(SELECT s.successor_id FROM agency_succession s WHERE s.predecessor_id = a.id
                    ORDER BY s.effective_on, s.predecessor_id) AS successors, %s
            FROM agency a WHERE a.id = ANY(:ids)""".formatted(CommittedCache.COMMITTED);

    private static final String UNITS_BY_IDS = "SELECT id, agency_id, parent_unit_id, name_vi, name_en, kind, active, "
            + CommittedCache.COMMITTED + " FROM unit WHERE id = ANY(:ids)";

    private static AgencyView agencyRow(ResultSet rs, int n) throws SQLException {
        return new AgencyView(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name_vi"),
                rs.getString("name_en"), rs.getString("short_name"), AgencyKind.valueOf(rs.getString("kind")),
                AgencyLevel.valueOf(rs.getString("level")), rs.getObject("parent_id", UUID.class),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                uuids(rs, "predecessors"), uuids(rs, "successors"));
    }

    private static List<UUID> uuids(ResultSet rs, String column) throws SQLException {
        return List.of((UUID[]) rs.getArray(column).getArray());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AgencyView> agencyByCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return agencies.findByCode(code.trim().toUpperCase(java.util.Locale.ROOT)).map(a -> views(List.of(a)).get(0));
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgencyView> allAgencies() {
        return views(agencies.findAll()).stream().sorted(BY_NAME).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgencyView> agenciesActiveOn(LocalDate day) {
        return allAgencies().stream().filter(a -> a.existedOn(day)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgencyView> currentSuccessors(UUID agencyId) {
        Set<UUID> later = lineage.laterForms(agencyId);
        Set<UUID> withSuccessors = new java.util.HashSet<>();
        successions.findByPredecessorIdIn(later).forEach(s -> withSuccessors.add(s.predecessorId()));
        List<UUID> finals = later.stream().filter(id -> !withSuccessors.contains(id)).toList();
        return agencies(finals).values().stream().sorted(BY_NAME).toList();
    }

    @Override
    public Optional<UnitView> unit(UUID id) {
        return id == null ? Optional.empty() : Optional.ofNullable(unitsById(List.of(id)).get(id));
    }

    /** Cached, then plain SQL: units are checked on every request created and named on every request opened. */
    @Override
    public Map<UUID, UnitView> unitsById(Collection<UUID> ids) {
        return byIds(unitCache, ids, UNITS_BY_IDS, (rs, n) -> new UnitView(rs.getObject("id", UUID.class),
                rs.getObject("agency_id", UUID.class), rs.getObject("parent_unit_id", UUID.class), rs.getString("name_vi"),
                rs.getString("name_en"), rs.getString("kind"), rs.getBoolean("active")));
    }

    @Override
    @Transactional(readOnly = true)
    public List<UnitView> units(UUID agencyId) {
        return units.findByAgencyIdOrderByNameViAsc(agencyId).stream().map(Unit::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PersonView> person(UUID id) {
        return id == null ? Optional.empty() : people.findById(id).map(Person::view);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonView> people(UUID agencyId) {
        return people.findByAgencyIdOrderByFullNameAsc(agencyId).stream().map(Person::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<FocalPointView> focalPoints(UUID agencyId) {
        List<FocalPoint> all = focalPoints.findByAgencyId(agencyId);
        Map<UUID, Person> persons = new HashMap<>();
        people.findAllById(all.stream().map(FocalPoint::personId).toList()).forEach(p -> persons.put(p.id(), p));
        return all.stream().sorted(Comparator.comparing(FocalPoint::contentArea))
                .map(f -> focalView(f, persons.get(f.personId()))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FocalPointView> focalPoint(UUID agencyId, ContentArea area) {
        return focalPoints.findByAgencyIdAndContentArea(agencyId, area)
                .map(f -> focalView(f, people.findById(f.personId()).orElse(null)));
    }

    static FocalPointView focalView(FocalPoint f, Person p) {
        PersonView v = p == null ? null : p.view();
        return new FocalPointView(f.id(), f.agencyId(), f.contentArea(), f.personId(), v == null ? null : v.fullName(),
                v == null ? null : v.position(), v == null ? null : v.email(), v == null ? null : v.phone());
    }

    /** Views with their succession links, loaded for the whole batch in two queries. */
    List<AgencyView> views(Collection<Agency> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = list.stream().map(Agency::id).toList();
        Map<UUID, List<UUID>> predecessors = new HashMap<>();
        Map<UUID, List<UUID>> successors = new HashMap<>();
        // Both directions in one round trip (this runs for every agency shown or checked).
        jdbc.sql("""
                SELECT predecessor_id, successor_id FROM agency_succession
                WHERE successor_id IN (:ids) OR predecessor_id IN (:ids) ORDER BY effective_on, predecessor_id""")
                .param("ids", ids)
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).list()
                .forEach(link -> {
                    if (ids.contains(link[1])) {
                        predecessors.computeIfAbsent(link[1], k -> new ArrayList<>()).add(link[0]);
                    }
                    if (ids.contains(link[0])) {
                        successors.computeIfAbsent(link[0], k -> new ArrayList<>()).add(link[1]);
                    }
                });
        return list.stream().map(a -> a.view(predecessors.getOrDefault(a.id(), List.of()),
                successors.getOrDefault(a.id(), List.of()))).toList();
    }
}
