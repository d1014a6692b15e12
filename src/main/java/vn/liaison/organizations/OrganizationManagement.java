package vn.liaison.organizations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.liaison.audit.AuditLedger;
import vn.liaison.audit.AuditRecord;
import vn.liaison.security.AccessPolicy;
import vn.liaison.security.AccountManagement;
import vn.liaison.security.AccountView;
import vn.liaison.security.Actor;
import vn.liaison.security.ApiScope;
import vn.liaison.security.NewAccount;
import vn.liaison.security.Role;
import vn.liaison.shared.ContentArea;
import vn.liaison.shared.DomainException;
import vn.liaison.shared.PageRequest;
import vn.liaison.shared.PageResult;
import vn.liaison.shared.TextFolding;

/**
 * Browsing and managing agencies, units, people and focal points. Every method checks the access policy first
 * and records every change in the ledger (before → after) in the same transaction.
 * <p>Who may do what: every signed-in person (or token with {@code ORGANIZATIONS_READ}) reads agencies, units
 * and focal points; people are read by their own agency's staff (and its successors') and system
 * administrators; clearances and accounts only by the agency's administrators; a system administrator
 * manages agencies and successions; an agency administrator manages their own agency's units, people and
 * focal points.
 */
@Service
@Transactional
public class OrganizationManagement {

    private final AgencyRepository agencies;
    private final SuccessionRepository successions;
    private final UnitRepository units;
    private final PersonRepository people;
    private final FocalPointRepository focalPoints;
    private final JpaAgencyDirectory directory;
    private final JdbcAgencyLineage lineage;
    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final AuditLedger ledger;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<AccountManagement> accounts;
    private final Clock clock;

    OrganizationManagement(AgencyRepository agencies, SuccessionRepository successions, UnitRepository units,
            PersonRepository people, FocalPointRepository focalPoints, JpaAgencyDirectory directory,
            JdbcAgencyLineage lineage, JdbcClient jdbc, AccessPolicy access, AuditLedger ledger,
            ApplicationEventPublisher events, ObjectProvider<AccountManagement> accounts, Clock clock) {
        this.agencies = agencies;
        this.successions = successions;
        this.units = units;
        this.people = people;
        this.focalPoints = focalPoints;
        this.directory = directory;
        this.lineage = lineage;
        this.jdbc = jdbc;
        this.access = access;
        this.ledger = ledger;
        this.events = events;
        this.accounts = accounts;
        this.clock = clock;
    }

    // ---- who may see what (also used by the screens to show or hide) -------------------------------------

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Own agency's staff (and its successors'), and system administrators. */
    public boolean canSeePeople(UUID agencyId) {
        return access.actor().map(a -> a.allows(ApiScope.ORGANIZATIONS_READ)
                && (a.actingFor().contains(agencyId) || !a.isMachine() && a.has(Role.SYSTEM_ADMIN))).orElse(false);
    }

    /** Clearances and accounts: the agency's administrators (also of a successor agency) only. */
    public boolean canSeeClearance(UUID agencyId) {
        return access.actor().map(a -> !a.isMachine() && (access.canAdministerAgency(agencyId)
                || a.has(Role.AGENCY_ADMIN) && a.actingFor().contains(agencyId))).orElse(false);
    }

    public boolean canAdminister(UUID agencyId) {
        return access.canAdministerAgency(agencyId);
    }

    public boolean accountsAvailable() {
        return accounts.getIfAvailable() != null;
    }

    private Actor requireReader() {
        return access.requireScope(ApiScope.ORGANIZATIONS_READ);
    }

    private void requirePeopleVisible(UUID agencyId) {
        requireReader();
        if (!canSeePeople(agencyId)) {
            throw new AccessDeniedException("people of another agency");
        }
    }

    // ---- agencies -----------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public PageResult<AgencyView> searchAgencies(AgencyQuery query) {
        requireReader();
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        Map<String, Object> params = new LinkedHashMap<>();
        likeTokens(query.q(), where, params);
        if (query.kind() != null) {
            where.append(" AND kind = :kind");
            params.put("kind", query.kind().name());
        }
        if (query.level() != null) {
            where.append(" AND level = :level");
            params.put("level", query.level().name());
        }
        if (query.parentId() != null) {
            where.append(" AND parent_id = :parent");
            params.put("parent", query.parentId());
        }
        LocalDate day = query.activeOn() != null ? query.activeOn() : today();
        if (query.activeOn() != null || query.status() == AgencyStatus.CURRENT) {
            where.append(" AND valid_from <= :day AND (valid_to IS NULL OR valid_to >= :day)");
            params.put("day", day);
        } else if (query.status() == AgencyStatus.FORMER) {
            where.append(" AND valid_to < :day");
            params.put("day", day);
        }
        PageRequest page = query.page();
        long total = jdbc.sql("SELECT count(*) FROM agency" + where).params(params).query(Long.class).single();
        List<UUID> ids = jdbc.sql("SELECT id FROM agency" + where
                        + " ORDER BY (valid_to IS NOT NULL), name_vi, id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset()).query(UUID.class).list();
        Map<UUID, AgencyView> found = directory.agencies(ids);
        return new PageResult<>(ids.stream().map(found::get).filter(Objects::nonNull).toList(), page.page(),
                page.size(), total);
    }

    @Transactional(readOnly = true)
    public Versioned<AgencyView> agency(UUID id) {
        requireReader();
        Agency a = agencies.findById(id).orElseThrow(() -> DomainException.notFound("agency"));
        return new Versioned<>(directory.views(List.of(a)).get(0), a.version());
    }

    /** The recorded links into and out of an agency, oldest first. */
    @Transactional(readOnly = true)
    public List<SuccessionView> successions(UUID agencyId) {
        requireReader();
        List<SuccessionView> out = new ArrayList<>();
        successions.findBySuccessorIdIn(List.of(agencyId)).forEach(s -> out.add(s.view()));
        successions.findByPredecessorIdIn(List.of(agencyId)).forEach(s -> out.add(s.view()));
        out.sort(java.util.Comparator.comparing(SuccessionView::effectiveOn));
        return out;
    }

    public AgencyView createAgency(AgencyData data) {
        access.requireSystemAdmin();
        directory.changing();
        AgencyView created = insertAgency(UUID.randomUUID(), data, "code");
        ledger.record(AuditRecord.change("agency.create", "agency", created.id(), null, created));
        return created;
    }

    public AgencyView updateAgency(UUID id, long version, AgencyData data) {
        access.requireSystemAdmin();
        directory.changing();
        Agency a = agencies.findById(id).orElseThrow(() -> DomainException.notFound("agency"));
        requireVersion(a.version(), version);
        AgencyView before = directory.views(List.of(a)).get(0);
        String code = normalCode(data.code());
        if (!code.equals(a.code()) && agencies.existsByCode(code)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "code", "organizations.error.code.taken", code);
        }
        checkAgencyRules(id, data);
        if (data.validTo() != null && before.successorIds().isEmpty() == false) {
            // The end of a succeeded agency is fixed by its succession; moving it would contradict the links.
            LocalDate fixed = a.validTo();
            if (!data.validTo().equals(fixed)) {
                throw DomainException.invalid("validTo", "organizations.error.validity.fixedBySuccession", fixed);
            }
        }
        if (!before.successorIds().isEmpty() && data.validTo() == null) {
            throw DomainException.invalid("validTo", "organizations.error.validity.fixedBySuccession", a.validTo());
        }
        a.apply(data);
        agencies.saveAndFlush(a);
        AgencyView after = directory.views(List.of(a)).get(0);
        ledger.record(AuditRecord.change("agency.update", "agency", id, before, after));
        if (!Objects.equals(before.nameVi(), after.nameVi())) {
            refreshProfilesOfAgency(id);
        }
        return after;
    }

    /**
     * Records a merger, split or renaming: the predecessors end the day before {@code effectiveOn}, new
     * successors start on it, each link is published as {@link AgencySucceeded}. After a renaming the
     * units, people and focal points move to the new record (it is the same body under a new name).
     */
    public List<AgencyView> recordSuccession(UUID agencyId, SuccessionCommand cmd) {
        access.requireSystemAdmin();
        directory.changing();
        Agency first = agencies.findById(agencyId).orElseThrow(() -> DomainException.notFound("agency"));
        List<Agency> predecessors = new ArrayList<>();
        predecessors.add(first);
        for (UUID id : cmd.coPredecessorIds()) {
            if (id.equals(agencyId)) {
                continue;
            }
            predecessors.add(agencies.findById(id).orElseThrow(
                    () -> DomainException.invalid("predecessorIds", "organizations.error.agency.unknown")));
        }
        List<Agency> existing = new ArrayList<>();
        for (UUID id : cmd.successorIds()) {
            existing.add(agencies.findById(id).orElseThrow(
                    () -> DomainException.invalid("successorIds", "organizations.error.agency.unknown")));
        }
        if (cmd.kind() == SuccessionKind.MERGER && cmd.successorIds().contains(agencyId)) {
            throw DomainException.invalid("successorIds", "organizations.error.succession.self");
        }
        Map<UUID, Set<UUID>> earlier = new HashMap<>();
        for (Agency p : predecessors) {
            earlier.put(p.id(), lineage.actingFor(p.id()));
        }
        SuccessionRules.check(cmd.kind(), cmd.effectiveOn(), predecessors.stream().map(this::span).toList(),
                existing.stream().map(this::span).toList(), cmd.newSuccessors().size(), earlier);

        List<AgencyView> before = directory.views(predecessors);
        List<UUID> successorIds = new ArrayList<>(existing.stream().map(Agency::id).toList());
        for (int i = 0; i < cmd.newSuccessors().size(); i++) {
            AgencyView created = insertAgency(UUID.randomUUID(), cmd.newSuccessors().get(i).startingOn(cmd.effectiveOn()),
                    "newSuccessors[" + i + "].code");
            ledger.record(AuditRecord.change("agency.create", "agency", created.id(), null, created));
            successorIds.add(created.id());
        }
        LocalDate lastDay = SuccessionRules.lastDay(cmd.effectiveOn());
        for (Agency p : predecessors) {
            p.end(lastDay);
            agencies.save(p);
            for (UUID s : successorIds) {
                successions.save(new Succession(UUID.randomUUID(), p.id(), s, cmd.kind(), cmd.effectiveOn(),
                        Agency.blankToNull(cmd.note())));
            }
        }
        agencies.flush();
        successions.flush();
        if (cmd.kind() == SuccessionKind.RENAME) {
            moveEverythingOnRename(first.id(), successorIds.get(0));
        }
        List<AgencyView> after = directory.views(predecessors);
        for (int i = 0; i < predecessors.size(); i++) {
            ledger.record(AuditRecord.change("agency.succession." + cmd.kind().name().toLowerCase(Locale.ROOT),
                    "agency", predecessors.get(i).id(), before.get(i), after.get(i)));
        }
        events.publishEvent(new vn.liaison.security.AgencyLineageChanged());
        for (Agency p : predecessors) {
            for (UUID s : successorIds) {
                events.publishEvent(new AgencySucceeded(p.id(), s, cmd.kind(), cmd.effectiveOn()));
            }
        }
        return new ArrayList<>(directory.agencies(successorIds).values());
    }

    private void moveEverythingOnRename(UUID from, UUID to) {
        for (Unit u : units.findByAgencyIdOrderByNameViAsc(from)) {
            UnitView b = u.view();
            u.moveTo(to);
            ledger.record(AuditRecord.change("unit.move", "unit", u.id(), b, u.view()));
        }
        for (FocalPoint f : focalPoints.findByAgencyId(from)) {
            f.moveTo(to);
            ledger.record(AuditRecord.change("focalPoint.move", "focalPoint", f.id(), Map.of("agencyId", from),
                    Map.of("agencyId", to)));
        }
        List<Person> moved = people.findByAgencyIdOrderByFullNameAsc(from);
        for (Person p : moved) {
            PersonView b = p.view();
            p.moveTo(to, p.unitId());
            ledger.record(AuditRecord.change("person.move", "person", p.id(), b, p.view()));
        }
        // Child agencies hang under the body, not under one of its names.
        jdbc.sql("UPDATE agency SET parent_id = :to, version = version + 1 WHERE parent_id = :from AND valid_to IS NULL")
                .param("to", to).param("from", from).update();
        units.flush();
        people.flush();
        focalPoints.flush();
        moved.forEach(this::refreshProfile);
    }

    private AgencyView insertAgency(UUID id, AgencyData data, String codeField) {
        String code = normalCode(data.code());
        if (agencies.existsByCode(code)) {
            throw new DomainException(DomainException.Kind.CONFLICT, codeField, "organizations.error.code.taken", code);
        }
        checkAgencyRules(null, data);
        Agency a = new Agency(id, data);
        agencies.saveAndFlush(a);
        return directory.views(List.of(a)).get(0);
    }

    private void checkAgencyRules(UUID self, AgencyData data) {
        AgencySpan parent = null;
        Set<UUID> above = new HashSet<>();
        if (data.parentId() != null) {
            Agency p = agencies.findById(data.parentId())
                    .orElseThrow(() -> DomainException.invalid("parentId", "organizations.error.agency.unknown"));
            parent = span(p);
            UUID next = p.parentId();
            while (next != null && above.add(next)) {
                next = agencies.findById(next).map(Agency::parentId).orElse(null);
            }
            above.add(p.id());
        }
        AgencyRules.check(self, data.validFrom(), data.validTo(), parent, above);
    }

    private AgencySpan span(Agency a) {
        return new AgencySpan(a.id(), a.validFrom(), a.validTo(), successions.existsByPredecessorId(a.id()));
    }

    private static String normalCode(String code) {
        return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    }

    // ---- units ----------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public PageResult<UnitView> searchUnits(UUID agencyId, PageRequest page) {
        requireReader();
        String where = agencyId == null ? "" : " WHERE agency_id = :agency";
        Map<String, Object> params = new HashMap<>();
        if (agencyId != null) {
            params.put("agency", agencyId);
        }
        long total = jdbc.sql("SELECT count(*) FROM unit" + where).params(params).query(Long.class).single();
        List<UUID> ids = jdbc.sql("SELECT id FROM unit" + where + " ORDER BY name_vi, id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset()).query(UUID.class).list();
        Map<UUID, UnitView> found = new HashMap<>();
        units.findAllById(ids).forEach(u -> found.put(u.id(), u.view()));
        return new PageResult<>(ids.stream().map(found::get).toList(), page.page(), page.size(), total);
    }

    @Transactional(readOnly = true)
    public List<UnitView> units(UUID agencyId) {
        requireReader();
        return directory.units(agencyId);
    }

    @Transactional(readOnly = true)
    public Versioned<UnitView> unit(UUID id) {
        requireReader();
        Unit u = units.findById(id).orElseThrow(() -> DomainException.notFound("unit"));
        return new Versioned<>(u.view(), u.version());
    }

    public UnitView createUnit(UUID agencyId, UnitData data) {
        access.requireAgencyAdmin(agencyId);
        directory.changing();
        Agency agency = agencies.findById(agencyId).orElseThrow(() -> DomainException.notFound("agency"));
        requireCurrent(agency);
        checkUnitParent(null, agencyId, data.parentUnitId());
        Unit u = new Unit(UUID.randomUUID(), agencyId, data);
        units.saveAndFlush(u);
        ledger.record(AuditRecord.change("unit.create", "unit", u.id(), null, u.view()));
        return u.view();
    }

    public UnitView updateUnit(UUID id, long version, UnitData data) {
        Unit u = units.findById(id).orElseThrow(() -> DomainException.notFound("unit"));
        access.requireAgencyAdmin(u.agencyId());
        directory.changing();
        requireVersion(u.version(), version);
        checkUnitParent(id, u.agencyId(), data.parentUnitId());
        UnitView before = u.view();
        u.apply(data);
        units.saveAndFlush(u);
        ledger.record(AuditRecord.change("unit.update", "unit", id, before, u.view()));
        return u.view();
    }

    private void checkUnitParent(UUID self, UUID agencyId, UUID parentUnitId) {
        UUID next = parentUnitId;
        Set<UUID> seen = new HashSet<>();
        while (next != null) {
            if (next.equals(self) || !seen.add(next)) {
                throw DomainException.invalid("parentUnitId", "organizations.error.unit.cycle");
            }
            Unit p = units.findById(next)
                    .orElseThrow(() -> DomainException.invalid("parentUnitId", "organizations.error.unit.unknown"));
            if (!p.agencyId().equals(agencyId)) {
                throw DomainException.invalid("parentUnitId", "organizations.error.unit.otherAgency");
            }
            next = p.parentUnitId();
        }
    }

    // ---- people ---------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public PageResult<Versioned<PersonView>> searchPeopleVersioned(PersonQuery query) {
        Actor actor = requireReader();
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.agencyId() != null) {
            requirePeopleVisible(query.agencyId());
            where.append(" AND agency_id = :agency");
            params.put("agency", query.agencyId());
        } else if (actor.isMachine() || !actor.has(Role.SYSTEM_ADMIN)) {
            where.append(" AND agency_id IN (:visible)");
            params.put("visible", List.copyOf(actor.actingFor()));
        }
        if (query.unitId() != null) {
            where.append(" AND unit_id = :unit");
            params.put("unit", query.unitId());
        }
        likeTokens(query.q(), where, params);
        PageRequest page = query.page();
        long total = jdbc.sql("SELECT count(*) FROM person" + where).params(params).query(Long.class).single();
        List<UUID> ids = jdbc.sql("SELECT id FROM person" + where
                        + " ORDER BY active DESC, full_name, id LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset()).query(UUID.class).list();
        Map<UUID, Versioned<PersonView>> found = new HashMap<>();
        people.findAllById(ids).forEach(p -> found.put(p.id(), new Versioned<>(p.view(), p.version())));
        return new PageResult<>(ids.stream().map(found::get).toList(), page.page(), page.size(), total);
    }

    @Transactional(readOnly = true)
    public PageResult<PersonView> searchPeople(PersonQuery query) {
        return searchPeopleVersioned(query).map(Versioned::item);
    }

    @Transactional(readOnly = true)
    public Versioned<PersonView> person(UUID id) {
        requireReader();
        Person p = people.findById(id).orElseThrow(() -> DomainException.notFound("person"));
        requirePeopleVisible(p.agencyId());
        return new Versioned<>(p.view(), p.version());
    }

    public PersonView createPerson(UUID agencyId, PersonData data) {
        access.requireAgencyAdmin(agencyId);
        Agency agency = agencies.findById(agencyId).orElseThrow(() -> DomainException.notFound("agency"));
        requireCurrent(agency);
        checkUnitOf(agencyId, data.unitId());
        access.requireWithinCeiling(data.clearance());
        Person p = new Person(UUID.randomUUID(), agencyId, data);
        people.saveAndFlush(p);
        ledger.record(AuditRecord.change("person.create", "person", p.id(), null, p.view()));
        return p.view();
    }

    public PersonView updatePerson(UUID id, long version, PersonData data) {
        Person p = people.findById(id).orElseThrow(() -> DomainException.notFound("person"));
        access.requireAgencyAdmin(p.agencyId());
        requireVersion(p.version(), version);
        checkUnitOf(p.agencyId(), data.unitId());
        access.requireWithinCeiling(data.clearance());
        PersonView before = p.view();
        p.apply(data);
        people.saveAndFlush(p);
        PersonView after = p.view();
        ledger.record(AuditRecord.change("person.update", "person", id, before, after));
        if (!Objects.equals(before.fullName(), after.fullName()) || !Objects.equals(before.unitId(), after.unitId())
                || before.clearance() != after.clearance()) {
            refreshProfile(p);
        }
        return after;
    }

    /**
     * Moves a person to another agency (after a merger or split, into a successor). A system administrator
     * may move anyone; an agency administrator may bring people of the agencies their agency succeeded.
     */
    public PersonView movePerson(UUID personId, UUID targetAgencyId, UUID targetUnitId) {
        Actor actor = access.requireAgencyAdmin(targetAgencyId);
        Person p = people.findById(personId).orElseThrow(() -> DomainException.notFound("person"));
        if (!actor.has(Role.SYSTEM_ADMIN) && !lineage.actingFor(targetAgencyId).contains(p.agencyId())) {
            throw new AccessDeniedException("person of an agency this one did not succeed");
        }
        Agency target = agencies.findById(targetAgencyId).orElseThrow(() -> DomainException.notFound("agency"));
        requireCurrent(target);
        checkUnitOf(targetAgencyId, targetUnitId);
        PersonView before = p.view();
        UUID from = p.agencyId();
        p.moveTo(targetAgencyId, targetUnitId);
        people.saveAndFlush(p);
        // A focal point names a person of its own agency; the old agency's point goes with the person's move.
        for (FocalPoint f : focalPoints.findByPersonId(personId)) {
            if (f.agencyId().equals(from)) {
                focalPoints.delete(f);
                ledger.record(AuditRecord.change("focalPoint.clear", "focalPoint", f.id(),
                        Map.of("agencyId", from, "area", f.contentArea(), "personId", personId), null));
            }
        }
        ledger.record(AuditRecord.change("person.move", "person", personId, before, p.view()));
        refreshProfile(p);
        return p.view();
    }

    private void checkUnitOf(UUID agencyId, UUID unitId) {
        if (unitId == null) {
            return;
        }
        Unit u = units.findById(unitId)
                .orElseThrow(() -> DomainException.invalid("unitId", "organizations.error.unit.unknown"));
        if (!u.agencyId().equals(agencyId)) {
            throw DomainException.invalid("unitId", "organizations.error.unit.otherAgency");
        }
    }

    private void requireCurrent(Agency agency) {
        if (agency.validTo() != null && agency.validTo().isBefore(today())) {
            throw DomainException.conflict("organizations.error.agency.former");
        }
    }

    // ---- focal points -----------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<FocalPointView> focalPoints(UUID agencyId) {
        requireReader();
        agencies.findById(agencyId).orElseThrow(() -> DomainException.notFound("agency"));
        return directory.focalPoints(agencyId);
    }

    /** Names (or, with a null person, clears) the agency's contact for a content area. */
    public Optional<FocalPointView> setFocalPoint(UUID agencyId, ContentArea area, UUID personId) {
        access.requireAgencyAdmin(agencyId);
        agencies.findById(agencyId).orElseThrow(() -> DomainException.notFound("agency"));
        Optional<FocalPoint> current = focalPoints.findByAgencyIdAndContentArea(agencyId, area);
        Object before = current.map(f -> Map.of("area", area, "personId", f.personId())).orElse(null);
        if (personId == null) {
            current.ifPresent(f -> {
                focalPoints.delete(f);
                ledger.record(AuditRecord.change("focalPoint.clear", "focalPoint", f.id(), before, null));
            });
            return Optional.empty();
        }
        Person p = people.findById(personId)
                .orElseThrow(() -> DomainException.invalid("personId", "organizations.error.person.unknown"));
        if (!p.agencyId().equals(agencyId)) {
            throw DomainException.invalid("personId", "organizations.error.person.otherAgency");
        }
        if (!p.view().active()) {
            throw DomainException.invalid("personId", "organizations.error.person.inactive");
        }
        FocalPoint f = current.orElseGet(() -> new FocalPoint(UUID.randomUUID(), agencyId, area, personId));
        f.assign(personId);
        focalPoints.saveAndFlush(f);
        ledger.record(AuditRecord.change("focalPoint.set", "focalPoint", f.id(), before,
                Map.of("area", area, "personId", personId)));
        return Optional.of(JpaAgencyDirectory.focalView(f, p));
    }

    /**
     * Sets the contacts of several content areas at once, all or nothing; a refusal names the area as its field.
     */
    public void setFocalPoints(UUID agencyId, Map<ContentArea, UUID> contacts) {
        access.requireAgencyAdmin(agencyId);
        for (Map.Entry<ContentArea, UUID> e : contacts.entrySet()) {
            UUID was = focalPoints.findByAgencyIdAndContentArea(agencyId, e.getKey()).map(FocalPoint::personId).orElse(null);
            if (Objects.equals(was, e.getValue())) {
                continue;
            }
            try {
                setFocalPoint(agencyId, e.getKey(), e.getValue());
            } catch (DomainException ex) {
                throw new DomainException(ex.kind(), e.getKey().name(), ex.messageKey(), ex.args());
            }
        }
    }

    // ---- accounts (through the security module, which audits them) ------------------------------------------

    @Transactional(readOnly = true)
    public Optional<AccountView> accountOf(UUID personId) {
        Person p = people.findById(personId).orElseThrow(() -> DomainException.notFound("person"));
        access.requireAgencyAdmin(p.agencyId());
        AccountManagement am = accounts.getIfAvailable();
        return am == null ? Optional.empty() : am.accountOfPerson(personId);
    }

    public AccountManagement.CreatedAccount createAccount(UUID personId, String username, Set<Role> roles) {
        Person p = people.findById(personId).orElseThrow(() -> DomainException.notFound("person"));
        Actor actor = access.requireAgencyAdmin(p.agencyId());
        AccountManagement am = requireAccounts();
        if (username == null || !username.matches("[a-z0-9._\\-]{3,60}")) {
            throw DomainException.invalid("username", "organizations.error.username.pattern");
        }
        if (am.accountOfPerson(personId).isPresent()) {
            throw DomainException.conflict("organizations.error.account.exists");
        }
        Set<Role> granted = checkRoles(actor, roles);
        String agencyName = agencies.findById(p.agencyId()).map(Agency::nameVi).orElse(null);
        return am.create(new NewAccount(username, null, personId, p.fullName(), p.agencyId(), agencyName, p.unitId(),
                p.clearance(), granted));
    }

    public void setRoles(UUID personId, Set<Role> roles) {
        Actor actor = adminOfPerson(personId);
        AccountView account = requireAccount(personId);
        requireAccounts().setRoles(account.id(), checkRoles(actor, roles));
    }

    public void setEnabled(UUID personId, boolean enabled) {
        adminOfPerson(personId);
        requireAccounts().setEnabled(requireAccount(personId).id(), enabled);
    }

    public void unlock(UUID personId) {
        adminOfPerson(personId);
        requireAccounts().unlock(requireAccount(personId).id());
    }

    public void resetSecondFactor(UUID personId) {
        adminOfPerson(personId);
        requireAccounts().resetSecondFactor(requireAccount(personId).id());
    }

    private Actor adminOfPerson(UUID personId) {
        Person p = people.findById(personId).orElseThrow(() -> DomainException.notFound("person"));
        return access.requireAgencyAdmin(p.agencyId());
    }

    private AccountView requireAccount(UUID personId) {
        return requireAccounts().accountOfPerson(personId).orElseThrow(() -> DomainException.notFound("account"));
    }

    private AccountManagement requireAccounts() {
        AccountManagement am = accounts.getIfAvailable();
        if (am == null) {
            throw new DomainException(DomainException.Kind.PRECONDITION_FAILED, "organizations.error.accounts.unavailable");
        }
        return am;
    }

    /** Only a system administrator hands out the system administrator role. */
    private static Set<Role> checkRoles(Actor actor, Set<Role> roles) {
        Set<Role> granted = roles == null ? Set.of() : Set.copyOf(roles);
        if (granted.isEmpty()) {
            throw DomainException.invalid("roles", "organizations.error.roles.empty");
        }
        if (granted.contains(Role.SYSTEM_ADMIN) && !actor.has(Role.SYSTEM_ADMIN)) {
            throw DomainException.invalid("roles", "organizations.error.roles.systemAdmin");
        }
        return granted;
    }

    private void refreshProfile(Person p) {
        AccountManagement am = accounts.getIfAvailable();
        if (am == null || am.accountOfPerson(p.id()).isEmpty()) {
            return;
        }
        String agencyName = agencies.findById(p.agencyId()).map(Agency::nameVi).orElse(null);
        am.updateProfile(p.id(), p.fullName(), p.agencyId(), agencyName, p.unitId(), p.clearance());
    }

    private void refreshProfilesOfAgency(UUID agencyId) {
        people.findByAgencyIdOrderByFullNameAsc(agencyId).forEach(this::refreshProfile);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static void requireVersion(long current, long given) {
        if (current != given) {
            throw new OptimisticLockingFailureException("stale version " + given + ", current " + current);
        }
    }

    /**
     * Each folded word of the query must begin a word of the folded search text, as often as it is typed
     * ("cong an an giang" needs "an" twice, so it finds "Công an tỉnh An Giang" but not "… Hà Giang"); a
     * prefix is enough, so a half-typed word already matches. The trigram index serves regular expressions.
     */
    private static void likeTokens(String q, StringBuilder where, Map<String, Object> params) {
        String folded = TextFolding.fold(q);
        if (folded.isEmpty()) {
            return;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String t : folded.split(" ")) {
            counts.merge(t, 1, Integer::sum);
        }
        int i = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String word = "\\m" + regexQuote(e.getKey());
            StringBuilder pattern = new StringBuilder(word);
            for (int n = 1; n < e.getValue(); n++) {
                pattern.append(".*").append(word);
            }
            String name = "t" + i++;
            where.append(" AND search_text ~ :").append(name);
            params.put(name, pattern.toString());
        }
    }

    private static String regexQuote(String token) {
        StringBuilder sb = new StringBuilder();
        for (char c : token.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
