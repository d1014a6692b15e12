package vn.liaison.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.liaison.LiaisonTest;
import vn.liaison.TestActors;
import vn.liaison.security.Actor;
import vn.liaison.security.AgencyLineage;
import vn.liaison.security.ApiScope;
import vn.liaison.security.Role;
import vn.liaison.security.token.ApiTokenService;
import vn.liaison.security.token.NewToken;
import vn.liaison.shared.Classification;
import vn.liaison.shared.DomainException;

/** Mergers, splits and renamings through the service: what ends, what starts, what moves, what is published. */
@LiaisonTest
@RecordApplicationEvents
class SuccessionTest {

    static final LocalDate START = LocalDate.of(2010, 1, 1);

    @Autowired
    OrganizationManagement management;

    @Autowired
    AgencyDirectory directory;

    @Autowired
    AgencyLineage lineage;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    ApiTokenService tokens;

    private AgencyView agency(String name) {
        AtomicReference<AgencyView> created = new AtomicReference<>();
        TestActors.runAs(OrgActors.sysadmin(), () -> created.set(management.createAgency(new AgencyData(
                OrgActors.unique("T"), name, null, null, AgencyKind.OTHER, AgencyLevel.LOCAL, null, START, null))));
        return created.get();
    }

    private <T> T asSysadmin(java.util.function.Supplier<T> body) {
        AtomicReference<T> out = new AtomicReference<>();
        TestActors.runAs(OrgActors.sysadmin(), () -> out.set(body.get()));
        return out.get();
    }

    private long ledgerEntries(String action, UUID target) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ? AND target_id = ?").params(action, target.toString())
                .query(Long.class).single();
    }

    @Test
    void aTokenMadeBeforeASuccessionActsForThePredecessorAfterIt() {
        AgencyView old = agency("Sở cũ có yêu cầu");
        AgencyView heir = agency("Sở kế thừa có token");
        Actor admin = new Actor(UUID.randomUUID(), "admin.heir", UUID.randomUUID(), "Quản trị", heir.id(), heir.nameVi(),
                null, Classification.MAT, Set.of(Role.AGENCY_ADMIN), Set.of(heir.id()), null, Set.of());
        String secret = tokens.create(admin, new NewToken("Hệ thống", Set.of(ApiScope.REQUESTS_READ), 30,
                Classification.UNCLASSIFIED)).secret();
        assertThat(tokens.authenticate(secret).orElseThrow().actingFor()).containsExactly(heir.id());
        assertThat(jdbc.sql("SELECT cardinality(acting_for) FROM api_token WHERE agency_id = ?").param(heir.id())
                .query(Integer.class).single()).as("kept with the token after its first use").isEqualTo(1);

        asSysadmin(() -> management.recordSuccession(old.id(), new SuccessionCommand(SuccessionKind.MERGER,
                LocalDate.of(2025, 7, 1), List.of(), List.of(heir.id()), List.of(), "NQ thử")));

        assertThat(tokens.authenticate(secret).orElseThrow().actingFor()).containsExactlyInAnyOrder(heir.id(), old.id());
    }

    @Test
    void mergerEndsThePredecessorsLinksThemAndPublishesOneEventPerLink() {
        AgencyView a = agency("Sở thử A");
        AgencyView b = agency("Sở thử B");
        AgencyView target = agency("Sở kế thừa");
        LocalDate on = LocalDate.of(2025, 7, 1);
        List<AgencyView> successors = asSysadmin(() -> management.recordSuccession(a.id(),
                new SuccessionCommand(SuccessionKind.MERGER, on, List.of(b.id()), List.of(target.id()), List.of(), "NQ thử")));

        assertThat(successors).extracting(AgencyView::id).containsExactly(target.id());
        assertThat(directory.agency(a.id()).orElseThrow().validTo()).isEqualTo(on.minusDays(1));
        assertThat(directory.agency(b.id()).orElseThrow().successorIds()).containsExactly(target.id());
        assertThat(directory.agency(target.id()).orElseThrow().predecessorIds()).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(lineage.actingFor(target.id())).containsExactlyInAnyOrder(target.id(), a.id(), b.id());
        assertThat(directory.currentSuccessors(a.id())).extracting(AgencyView::id).containsExactly(target.id());
        assertThat(events.stream(AgencySucceeded.class).filter(e -> e.successorId().equals(target.id())))
                .containsExactlyInAnyOrder(new AgencySucceeded(a.id(), target.id(), SuccessionKind.MERGER, on),
                        new AgencySucceeded(b.id(), target.id(), SuccessionKind.MERGER, on));
        assertThat(ledgerEntries("agency.succession.merger", a.id())).isEqualTo(1);
    }

    @Test
    void lineageFollowsSuccessionsTransitively() {
        AgencyView first = agency("Cơ quan đời đầu");
        AgencyView second = agency("Cơ quan đời hai");
        AgencyView third = agency("Cơ quan đời ba");
        asSysadmin(() -> management.recordSuccession(first.id(), new SuccessionCommand(SuccessionKind.MERGER,
                LocalDate.of(2015, 1, 1), null, List.of(second.id()), null, null)));
        asSysadmin(() -> management.recordSuccession(second.id(), new SuccessionCommand(SuccessionKind.MERGER,
                LocalDate.of(2020, 1, 1), null, List.of(third.id()), null, null)));
        assertThat(lineage.actingFor(third.id())).containsExactlyInAnyOrder(first.id(), second.id(), third.id());
        assertThat(directory.currentSuccessors(first.id())).extracting(AgencyView::id).containsExactly(third.id());
        // Merging the latest form back into its own ancestor is a cycle (the ancestor has ended, so it is refused).
        assertThatThrownBy(() -> asSysadmin(() -> management.recordSuccession(third.id(), new SuccessionCommand(
                SuccessionKind.MERGER, LocalDate.of(2024, 1, 1), null, List.of(first.id()), null, null))))
                .isInstanceOf(DomainException.class).extracting("field").isEqualTo("successorIds");
    }

    @Test
    void renameCreatesANewRecordAndMovesUnitsPeopleAndFocalPoints() {
        AgencyView old = agency("Sở Thông tin và Truyền thông thử");
        UnitView unit = asSysadmin(() -> management.createUnit(old.id(),
                new UnitData("Phòng Công nghệ thông tin", null, UnitKind.DEPARTMENT, null, true)));
        PersonView person = asSysadmin(() -> management.createPerson(old.id(), new PersonData("Trịnh Văn Thử",
                "Chuyên viên", unit.id(), "thu@example.vn", "0900 111 222", Classification.MAT, true)));
        asSysadmin(() -> management.setFocalPoint(old.id(), vn.liaison.shared.ContentArea.INFORMATION_EXCHANGE, person.id()));
        LocalDate on = LocalDate.of(2025, 3, 1);
        String newCode = OrgActors.unique("KHCN");
        List<AgencyView> renamed = asSysadmin(() -> management.recordSuccession(old.id(), new SuccessionCommand(
                SuccessionKind.RENAME, on, null, null, List.of(new NewSuccessor(newCode, "Sở Khoa học và Công nghệ thử",
                        "Test Department of Science and Technology", null, AgencyKind.PROVINCIAL_ICT_DEPARTMENT,
                        AgencyLevel.PROVINCIAL, null)), "Đổi tên")));

        AgencyView fresh = renamed.get(0);
        assertThat(fresh.code()).isEqualTo(newCode);
        assertThat(fresh.validFrom()).isEqualTo(on);
        assertThat(fresh.predecessorIds()).containsExactly(old.id());
        AgencyView ended = directory.agency(old.id()).orElseThrow();
        assertThat(ended.nameVi()).as("history reads as it was").isEqualTo("Sở Thông tin và Truyền thông thử");
        assertThat(ended.validTo()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(directory.unit(unit.id()).orElseThrow().agencyId()).isEqualTo(fresh.id());
        assertThat(directory.person(person.id()).orElseThrow().agencyId()).isEqualTo(fresh.id());
        assertThat(directory.focalPoint(fresh.id(), vn.liaison.shared.ContentArea.INFORMATION_EXCHANGE)).isPresent();
        assertThat(directory.units(old.id())).isEmpty();
        assertThat(events.stream(AgencySucceeded.class))
                .contains(new AgencySucceeded(old.id(), fresh.id(), SuccessionKind.RENAME, on));
    }

    @Test
    void splitIntoANewAndAnExistingAgency() {
        AgencyView whole = agency("Cơ quan bị chia tách");
        AgencyView existing = agency("Cơ quan nhận một phần");
        LocalDate on = LocalDate.of(2024, 6, 1);
        List<AgencyView> parts = asSysadmin(() -> management.recordSuccession(whole.id(), new SuccessionCommand(
                SuccessionKind.SPLIT, on, null, List.of(existing.id()), List.of(new NewSuccessor(OrgActors.unique("NEW"),
                        "Cơ quan mới tách ra", null, null, AgencyKind.OTHER, AgencyLevel.LOCAL, null)), null)));
        assertThat(parts).hasSize(2);
        assertThat(directory.agency(whole.id()).orElseThrow().successorIds()).hasSize(2);
        parts.forEach(p -> assertThat(lineage.actingFor(p.id())).contains(whole.id()));
        assertThat(events.stream(AgencySucceeded.class).filter(e -> e.predecessorId().equals(whole.id()))).hasSize(2);
    }

    @Test
    void refusalsNameTheirFieldAndWriteNothing() {
        AgencyView a = agency("Cơ quan không đổi");
        long agenciesBefore = jdbc.sql("SELECT count(*) FROM agency").query(Long.class).single();
        // into itself
        assertThatThrownBy(() -> asSysadmin(() -> management.recordSuccession(a.id(), new SuccessionCommand(
                SuccessionKind.MERGER, LocalDate.of(2020, 1, 1), null, List.of(a.id()), null, null))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("organizations.error.succession.self"));
        // before the agency existed
        assertThatThrownBy(() -> asSysadmin(() -> management.recordSuccession(a.id(), new SuccessionCommand(
                SuccessionKind.RENAME, START, null, null, List.of(new NewSuccessor(OrgActors.unique("X"), "Tên mới", null,
                        null, AgencyKind.OTHER, AgencyLevel.LOCAL, null)), null))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("effectiveOn"));
        // a split whose new successor's code is taken: the other checks pass, then the insert is refused
        assertThatThrownBy(() -> asSysadmin(() -> management.recordSuccession(a.id(), new SuccessionCommand(
                SuccessionKind.SPLIT, LocalDate.of(2021, 1, 1), null, null, List.of(
                        new NewSuccessor(OrgActors.unique("OK"), "Phần một", null, null, AgencyKind.OTHER, AgencyLevel.LOCAL, null),
                        new NewSuccessor("CA-AGG", "Phần hai", null, null, AgencyKind.OTHER, AgencyLevel.LOCAL, null)), null))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("newSuccessors[1].code"));
        assertThat(jdbc.sql("SELECT count(*) FROM agency").query(Long.class).single()).isEqualTo(agenciesBefore);
        AgencyView unchanged = directory.agency(a.id()).orElseThrow();
        assertThat(unchanged.validTo()).isNull();
        assertThat(unchanged.successorIds()).isEmpty();
        // validity and parent rules on the agency itself
        assertThatThrownBy(() -> asSysadmin(() -> management.createAgency(new AgencyData(OrgActors.unique("V"), "Sai ngày",
                null, null, AgencyKind.OTHER, AgencyLevel.LOCAL, null, START, START.minusDays(1)))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("validTo"));
        assertThatThrownBy(() -> asSysadmin(() -> management.createAgency(new AgencyData(OrgActors.unique("P"),
                "Cấp trên chưa có", null, null, AgencyKind.OTHER, AgencyLevel.LOCAL, DemoOrganizations.agencyId("BKHCN"),
                LocalDate.of(1990, 1, 1), null))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("parentId"));
    }

    @Test
    void onlySystemAdministratorsRecordSuccessionsAndSuccessorAdminsMovePeople() {
        AgencyView old = agency("Cơ quan cũ có người");
        AgencyView successor = agency("Cơ quan kế thừa có người");
        PersonView person = asSysadmin(() -> management.createPerson(old.id(), new PersonData("Lâm Thị Thử", null, null,
                null, null, Classification.UNCLASSIFIED, true)));
        SuccessionCommand merger = new SuccessionCommand(SuccessionKind.MERGER, LocalDate.of(2022, 1, 1), null,
                List.of(successor.id()), null, null);
        TestActors.runAs(OrgActors.of(old.id(), Set.of(old.id()), Role.AGENCY_ADMIN), () ->
                assertThatThrownBy(() -> management.recordSuccession(old.id(), merger)).isInstanceOf(AccessDeniedException.class));
        asSysadmin(() -> management.recordSuccession(old.id(), merger));

        // An administrator of an unrelated agency may not take the person over.
        TestActors.runAs(OrgActors.of("CA-LCI", Role.AGENCY_ADMIN), () -> assertThatThrownBy(
                () -> management.movePerson(person.id(), DemoOrganizations.agencyId("CA-LCI"), null))
                .isInstanceOf(AccessDeniedException.class));
        // The successor's administrator (acting for its predecessor) may.
        TestActors.runAs(OrgActors.of(successor.id(), lineage.actingFor(successor.id()), Role.AGENCY_ADMIN), () ->
                management.movePerson(person.id(), successor.id(), null));
        assertThat(directory.person(person.id()).orElseThrow().agencyId()).isEqualTo(successor.id());
        assertThat(ledgerEntries("person.move", person.id())).isEqualTo(1);
    }
}
