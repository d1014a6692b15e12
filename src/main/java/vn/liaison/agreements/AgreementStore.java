package vn.liaison.agreements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import vn.liaison.shared.Classification;
import vn.liaison.shared.ChangeFeed;
import vn.liaison.shared.CommittedCache;
import vn.liaison.shared.ContentArea;
import vn.liaison.shared.PageRequest;
import vn.liaison.shared.PageResult;
import vn.liaison.shared.TextFolding;

/** Agreements in PostgreSQL: the agreement row, its parties, sectors, areas, focal points, versions and timeline. */
@Repository
class AgreementStore {

    private final JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper();
    /**
     * Agreements found in force between two lineages for an area on a day, checked for every request created. Emptied
     * on every node when any node commits a change of an agreement (migration {@code V2_2}), and on this node as soon
     * as a change written here commits.
     */
    private final CommittedCache<Between, List<AgreementRef>> inForce;

    /** The topic the agreement tables announce their changes on (migration {@code V2_2}). */
    static final String CHANGES = "agreements";
    private static final int MAX_CACHED = 10_000;

    private record Between(Set<UUID> a, Set<UUID> b, ContentArea area, LocalDate day) {
    }

    AgreementStore(JdbcClient jdbc, ChangeFeed changes) {
        this.jdbc = jdbc;
        this.inForce = new CommittedCache<>(changes, CHANGES, MAX_CACHED);
    }

    /** The stored party row: what the party was called at signing, its level then, and its terms. */
    record PartyRow(UUID agencyId, int position, String nameAtSigning, String level, String signatoryName,
            String signatoryTitle, String responsibilities) {
    }

    Optional<Agreement> find(UUID id) {
        Optional<Agreement> found = jdbc.sql("SELECT * FROM agreement WHERE id = ?").param(id).query(this::mapRow).optional();
        found.ifPresent(this::loadChildren);
        return found;
    }

    /** Locks the row for the rest of the transaction (two secretariats saving at once). */
    Optional<Agreement> lock(UUID id) {
        Optional<Agreement> found = jdbc.sql("SELECT * FROM agreement WHERE id = ? FOR UPDATE").param(id).query(this::mapRow)
                .optional();
        found.ifPresent(this::loadChildren);
        return found;
    }

    boolean isEmpty() {
        return jdbc.sql("SELECT count(*) FROM agreement").query(Long.class).single() == 0;
    }

    UUID replacesOf(UUID id) {
        return jdbc.sql("SELECT replaces_id FROM agreement WHERE id = ?").param(id).query(UUID.class).optional().orElse(null);
    }

    List<PartyRow> parties(UUID agreementId) {
        return jdbc.sql("SELECT * FROM agreement_party WHERE agreement_id = ? ORDER BY position").param(agreementId)
                .query((rs, n) -> new PartyRow(rs.getObject("agency_id", UUID.class), rs.getInt("position"),
                        rs.getString("name_at_signing"), rs.getString("level"), rs.getString("signatory_name"),
                        rs.getString("signatory_title"), rs.getString("responsibilities")))
                .list();
    }

    void insert(Agreement a, Map<UUID, String[]> partyNamesAndLevels, Instant now, String by) {
        inForce.clearAfterCommit();
        jdbc.sql("""
                INSERT INTO agreement (id, number, title, signing_date, signing_place, effective_from, effective_to, status,
                  classification, cross_level_reason, principles, forms, replaces_id, current_version, row_version,
                  search_text, created_at, created_by)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,?,?)""")
                .params(a.id, a.content.number(), a.content.title(), a.content.signingDate(), a.content.signingPlace(),
                        a.content.effectiveFrom(), a.content.effectiveTo(), a.status.name(), a.content.classification().name(),
                        a.content.crossLevelReason(), a.content.principles(), a.content.forms(), a.content.replacesId(),
                        a.version, searchText(a, partyNamesAndLevels), Timestamp.from(now), by)
                .update();
        writeChildren(a, partyNamesAndLevels);
    }

    /** Saves the agreement if nobody saved it since it was read; refuses a stale write. */
    void update(Agreement a, Map<UUID, String[]> partyNamesAndLevels) {
        inForce.clearAfterCommit();
        int n = jdbc.sql("""
                UPDATE agreement SET number=?, title=?, signing_date=?, signing_place=?, effective_from=?, effective_to=?,
                  status=?, classification=?, cross_level_reason=?, principles=?, forms=?, replaces_id=?, replaced_by_id=?,
                  signed_text_id=?, signed_text_sha256=?, signed_text_name=?, terminated_on=?, termination_reason=?,
                  current_version=?, row_version=row_version+1, search_text=?
                WHERE id=? AND row_version=?""")
                .params(a.content.number(), a.content.title(), a.content.signingDate(), a.content.signingPlace(),
                        a.content.effectiveFrom(), a.content.effectiveTo(), a.status.name(),
                        a.content.classification().name(), a.content.crossLevelReason(), a.content.principles(),
                        a.content.forms(), a.content.replacesId(), a.replacedById, a.signedTextId, a.signedTextSha256,
                        a.signedTextName, a.terminatedOn, a.terminationReason, a.version,
                        searchText(a, partyNamesAndLevels), a.id, a.rowVersion)
                .update();
        if (n != 1) {
            throw new OptimisticLockingFailureException("agreement " + a.id + " changed meanwhile");
        }
        a.rowVersion++;
        jdbc.sql("DELETE FROM agreement_sector WHERE agreement_id = ?").param(a.id).update();
        jdbc.sql("DELETE FROM agreement_content_area WHERE agreement_id = ?").param(a.id).update();
        jdbc.sql("DELETE FROM agreement_focal_point WHERE agreement_id = ?").param(a.id).update();
        jdbc.sql("DELETE FROM agreement_party WHERE agreement_id = ?").param(a.id).update();
        writeChildren(a, partyNamesAndLevels);
    }

    private void writeChildren(Agreement a, Map<UUID, String[]> partyNamesAndLevels) {
        int pos = 0;
        for (PartyTerms p : a.content.parties()) {
            String[] nl = partyNamesAndLevels.get(p.agencyId());
            jdbc.sql("""
                    INSERT INTO agreement_party (agreement_id, agency_id, position, name_at_signing, level, signatory_name,
                      signatory_title, responsibilities) VALUES (?,?,?,?,?,?,?,?)""")
                    .params(a.id, p.agencyId(), pos++, nl[0], nl[1], p.signatoryName(), p.signatoryTitle(),
                            p.responsibilities())
                    .update();
        }
        for (String s : a.content.sectors()) {
            jdbc.sql("INSERT INTO agreement_sector (agreement_id, sector_code) VALUES (?,?)").params(a.id, s).update();
        }
        for (ContentArea c : a.content.contentAreas()) {
            jdbc.sql("INSERT INTO agreement_content_area (agreement_id, area) VALUES (?,?)").params(a.id, c.name()).update();
        }
        for (FocalPointAssignment f : a.content.focalPoints()) {
            jdbc.sql("INSERT INTO agreement_focal_point (agreement_id, agency_id, area, person_id) VALUES (?,?,?,?)")
                    .params(a.id, f.agencyId(), f.area().name(), f.personId()).update();
        }
    }

    private static String searchText(Agreement a, Map<UUID, String[]> names) {
        List<String> parts = new ArrayList<>(List.of(nz(a.content.number()), nz(a.content.title()),
                nz(a.content.principles()), nz(a.content.forms()), nz(a.content.signingPlace())));
        for (PartyTerms p : a.content.parties()) {
            String[] nl = names.get(p.agencyId());
            parts.add(nl == null ? "" : nl[0]);
            parts.add(nz(p.signatoryName()));
            parts.add(nz(p.responsibilities()));
        }
        return TextFolding.foldAll(parts.toArray(String[]::new));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // ---- versions and timeline ---------------------------------------------------------------------------------

    void insertVersion(UUID agreementId, int version, String summary, Map<String, String> snapshot, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO agreement_version (agreement_id, version, summary, snapshot, recorded_at, recorded_by)
                VALUES (?,?,?,?,?,?)""")
                .params(agreementId, version, summary, json.writeValueAsString(snapshot), Timestamp.from(at), by).update();
    }

    /** A version of the agreement: its number, what changed, the fields as they then read, when and by whom. */
    record VersionRow(int version, String summary, Map<String, String> snapshot, Instant recordedAt, String recordedBy) {
    }

    List<VersionRow> versions(UUID agreementId) {
        return jdbc.sql("SELECT * FROM agreement_version WHERE agreement_id = ? ORDER BY version").param(agreementId)
                .query((rs, n) -> new VersionRow(rs.getInt("version"), rs.getString("summary"),
                        json.readValue(rs.getString("snapshot"), new TypeReference<Map<String, String>>() { }),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by")))
                .list();
    }

    void insertEvent(UUID agreementId, AgreementEventKind kind, Instant at, String actor, String detail) {
        jdbc.sql("INSERT INTO agreement_event (id, agreement_id, kind, occurred_at, actor_name, detail) VALUES (?,?,?,?,?,?)")
                .params(UUID.randomUUID(), agreementId, kind.name(), Timestamp.from(at), actor, detail).update();
    }

    List<AgreementEvent> events(UUID agreementId) {
        return jdbc.sql("SELECT * FROM agreement_event WHERE agreement_id = ? ORDER BY occurred_at, kind").param(agreementId)
                .query((rs, n) -> new AgreementEvent(AgreementEventKind.valueOf(rs.getString("kind")),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor_name"), rs.getString("detail")))
                .list();
    }

    void insertMove(UUID from, UUID to, String itemType, UUID itemId, UUID fromPlan, UUID toPlan, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO agreement_work_move (id, from_agreement_id, to_agreement_id, item_type, item_id, from_plan_id,
                  to_plan_id, moved_at, moved_by) VALUES (?,?,?,?,?,?,?,?,?)""")
                .params(UUID.randomUUID(), from, to, itemType, itemId, fromPlan, toPlan, Timestamp.from(at), by).update();
    }

    List<WorkMove> moves(UUID agreementId) {
        return jdbc.sql("""
                SELECT * FROM agreement_work_move WHERE from_agreement_id = ? OR to_agreement_id = ? ORDER BY moved_at""")
                .params(agreementId, agreementId)
                .query((rs, n) -> new WorkMove(rs.getObject("from_agreement_id", UUID.class),
                        rs.getObject("to_agreement_id", UUID.class), rs.getString("item_type"),
                        rs.getObject("item_id", UUID.class), rs.getObject("from_plan_id", UUID.class),
                        rs.getObject("to_plan_id", UUID.class), rs.getTimestamp("moved_at").toInstant(),
                        rs.getString("moved_by")))
                .list();
    }

    // ---- lists ---------------------------------------------------------------------------------------------------

    /**
     * One page of the agreements whose parties include one of {@code visibleTo} (the reader's agency and the
     * agencies it acts for), with the filters applied. Classification is checked by the caller per row, so the
     * query returns only rows the reader's clearance covers.
     */
    PageResult<UUID> search(AgreementFilter f, Set<UUID> visibleTo, Set<String> clearedLevels, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE a.classification IN (:levels) AND EXISTS (SELECT 1 FROM agreement_party vp "
                + "WHERE vp.agreement_id = a.id AND vp.agency_id IN (:visible))");
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("levels", clearedLevels);
        params.put("visible", visibleTo);
        if (f.partyId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM agreement_party fp WHERE fp.agreement_id = a.id AND fp.agency_id = :party)");
            params.put("party", f.partyId());
        }
        if (f.status() != null) {
            where.append(" AND a.status = :status");
            params.put("status", f.status().name());
        }
        if (f.sector() != null && !f.sector().isBlank()) {
            where.append(" AND EXISTS (SELECT 1 FROM agreement_sector s WHERE s.agreement_id = a.id AND s.sector_code = :sector)");
            params.put("sector", f.sector());
        }
        if (f.year() != null) {
            // In force at some time during the year.
            where.append(" AND a.effective_from <= :yearEnd AND (a.effective_to IS NULL OR a.effective_to >= :yearStart)");
            params.put("yearStart", LocalDate.of(f.year(), 1, 1));
            params.put("yearEnd", LocalDate.of(f.year(), 12, 31));
        }
        String q = TextFolding.fold(f.text());
        int i = 0;
        for (String term : q.split(" ")) {
            if (!term.isBlank()) {
                where.append(" AND a.search_text LIKE :t").append(i);
                params.put("t" + i, "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                i++;
            }
        }
        long total = jdbc.sql("SELECT count(*) FROM agreement a" + where).params(params).query(Long.class).single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<UUID> ids = jdbc.sql("SELECT a.id FROM agreement a" + where
                        + " ORDER BY a.effective_from DESC, a.number LIMIT :limit OFFSET :offset")
                .params(params).query(UUID.class).list();
        return new PageResult<>(ids, page.page(), page.size(), total);
    }

    /** Agreements in force whose last day has passed (for the daily expiry job). */
    List<UUID> expiryDue(LocalDate today) {
        return jdbc.sql("SELECT id FROM agreement WHERE status = 'IN_FORCE' AND effective_to < ?").param(today)
                .query(UUID.class).list();
    }

    /** Agreements (any status) to which one of the agencies is a party. */
    /**
     * Agreements in force on the day with a party among {@code forA} and a party among {@code forB} whose content
     * areas include {@code area} (any area when null), with their parties and areas: one query, as it runs for
     * every new request.
     */
    /**
     * From the cache, else one query. A refusal (none found) is not cached: it is rare, and an agreement may be signed
     * any minute.
     */
    List<AgreementRef> inForceBetween(Set<UUID> forA, Set<UUID> forB, ContentArea area, LocalDate day) {
        Between key = new Between(Set.copyOf(forA), Set.copyOf(forB), area, day);
        List<AgreementRef> cached = inForce.get(key);
        if (cached != null) {
            return cached;
        }
        long ticket = inForce.ticket();
        boolean[] committed = {true};
        List<AgreementRef> refs = jdbc.sql("""
                SELECT a.id, a.number, a.title, a.effective_from, a.effective_to, a.status,
                  ARRAY(SELECT p.agency_id FROM agreement_party p WHERE p.agreement_id = a.id) AS parties,
                  ARRAY(SELECT c.area FROM agreement_content_area c WHERE c.agreement_id = a.id) AS areas, %s
                FROM agreement a
                WHERE a.status = 'IN_FORCE' AND a.effective_from <= :day
                  AND (a.effective_to IS NULL OR a.effective_to >= :day)
                  AND (CAST(:area AS VARCHAR) IS NULL OR EXISTS (SELECT 1 FROM agreement_content_area c
                        WHERE c.agreement_id = a.id AND c.area = CAST(:area AS VARCHAR)))
                  AND EXISTS (SELECT 1 FROM agreement_party p WHERE p.agreement_id = a.id AND p.agency_id IN (:forA))
                  AND EXISTS (SELECT 1 FROM agreement_party p WHERE p.agreement_id = a.id AND p.agency_id IN (:forB))
                ORDER BY a.effective_from DESC""".formatted(CommittedCache.COMMITTED))
                .param("day", day).param("area", area == null ? null : area.name())
                .param("forA", key.a()).param("forB", key.b())
                .query((rs, n) -> {
                    committed[0] &= CommittedCache.committed(rs);
                    return new AgreementRef(rs.getObject("id", UUID.class), rs.getString("number"),
                            rs.getString("title"), Set.of((UUID[]) rs.getArray("parties").getArray()),
                            java.util.Arrays.stream((String[]) rs.getArray("areas").getArray()).map(ContentArea::valueOf)
                                    .collect(java.util.stream.Collectors.toUnmodifiableSet()),
                            date(rs, "effective_from"), date(rs, "effective_to"), rs.getString("status"));
                })
                .list();
        if (committed[0] && !refs.isEmpty()) {
            inForce.offer(ticket, key, List.copyOf(refs));
        }
        return refs;
    }

    List<UUID> withParty(Set<UUID> agencies) {
        if (agencies.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT agreement_id FROM agreement_party WHERE agency_id IN (:a)").param("a", agencies)
                .query(UUID.class).list();
    }

    // ---- mapping ---------------------------------------------------------------------------------------------------

    private Agreement mapRow(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        AgreementContent c = new AgreementContent(rs.getString("number"), rs.getString("title"), List.of(),
                date(rs, "signing_date"), rs.getString("signing_place"), date(rs, "effective_from"),
                date(rs, "effective_to"), Set.of(), Set.of(), rs.getString("principles"), rs.getString("forms"), List.of(),
                Classification.valueOf(rs.getString("classification")), rs.getString("cross_level_reason"),
                rs.getObject("replaces_id", UUID.class));
        Agreement a = new Agreement(id, c);
        a.status = AgreementStatus.valueOf(rs.getString("status"));
        a.version = rs.getInt("current_version");
        a.rowVersion = rs.getLong("row_version");
        a.signedTextId = rs.getObject("signed_text_id", UUID.class);
        a.signedTextSha256 = rs.getString("signed_text_sha256");
        a.signedTextName = rs.getString("signed_text_name");
        a.replacedById = rs.getObject("replaced_by_id", UUID.class);
        a.terminatedOn = date(rs, "terminated_on");
        a.terminationReason = rs.getString("termination_reason");
        return a;
    }

    private void loadChildren(Agreement a) {
        List<PartyTerms> parties = parties(a.id).stream()
                .map(p -> new PartyTerms(p.agencyId(), p.signatoryName(), p.signatoryTitle(), p.responsibilities())).toList();
        Set<String> sectors = new LinkedHashSet<>(jdbc.sql(
                "SELECT s.sector_code FROM agreement_sector s JOIN sector r ON r.code = s.sector_code WHERE s.agreement_id = ? ORDER BY r.position")
                .param(a.id).query(String.class).list());
        Set<ContentArea> areas = new LinkedHashSet<>(jdbc.sql("SELECT area FROM agreement_content_area WHERE agreement_id = ?")
                .param(a.id).query((rs, n) -> ContentArea.valueOf(rs.getString(1))).list());
        List<FocalPointAssignment> focal = jdbc.sql("SELECT * FROM agreement_focal_point WHERE agreement_id = ?").param(a.id)
                .query((rs, n) -> new FocalPointAssignment(rs.getObject("agency_id", UUID.class),
                        ContentArea.valueOf(rs.getString("area")), rs.getObject("person_id", UUID.class)))
                .list();
        AgreementContent c = a.content;
        a.content = new AgreementContent(c.number(), c.title(), parties, c.signingDate(), c.signingPlace(), c.effectiveFrom(),
                c.effectiveTo(), sectors, areas, c.principles(), c.forms(), focal, c.classification(), c.crossLevelReason(),
                c.replacesId());
    }

    private static LocalDate date(ResultSet rs, String col) throws SQLException {
        java.sql.Date d = rs.getDate(col);
        return d == null ? null : d.toLocalDate();
    }
}
