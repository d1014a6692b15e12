package vn.liaison.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.liaison.LiaisonTest;
import vn.liaison.security.AgencyLineage;
import vn.liaison.shared.ContentArea;

/** The demo agencies as other modules read them, and the 2025 merger in the lineage. */
@LiaisonTest
class DirectoryAndLineageTest {

    static final java.util.List<String> DEMO_CODES = java.util.List.of("BCA", "BTTTT", "BKHCN", "CA-AGG", "STTTT-AGG",
            "CA-LCI", "STTTT-LCI", "CA-HTH", "STTTT-HTH", "CA-HGG", "STTTT-HGG", "VNPT", "VNPT-HGG");

    @Autowired
    AgencyDirectory directory;

    @Autowired
    AgencyLineage lineage;

    @Autowired
    vn.liaison.security.AccountManagement accounts;

    @Test
    void demoAgenciesAreThereWithTheirMerger() {
        AgencyView btttt = directory.agencyByCode("BTTTT").orElseThrow();
        AgencyView bkhcn = directory.agencyByCode("bkhcn").orElseThrow();
        assertThat(btttt.validTo()).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(btttt.successorIds()).containsExactly(bkhcn.id());
        assertThat(bkhcn.predecessorIds()).containsExactly(btttt.id());
        assertThat(directory.currentSuccessors(btttt.id())).extracting(AgencyView::id).containsExactly(bkhcn.id());
        assertThat(directory.currentSuccessors(bkhcn.id())).extracting(AgencyView::id).containsExactly(bkhcn.id());
        assertThat(lineage.actingFor(bkhcn.id())).containsExactlyInAnyOrder(bkhcn.id(), btttt.id());
        assertThat(lineage.actingFor(btttt.id())).containsExactly(btttt.id());
        assertThat(directory.agenciesActiveOn(LocalDate.of(2025, 2, 28))).extracting(AgencyView::code).contains("BTTTT");
        assertThat(directory.agenciesActiveOn(LocalDate.of(2025, 3, 1))).extracting(AgencyView::code)
                .doesNotContain("BTTTT").contains("BKHCN", "CA-AGG", "VNPT-HGG");
    }

    @Test
    void idsAreDeterministicAndEveryAgencyHasUnitsPeopleAndFocalPoints() {
        AgencyView ca = directory.agency(DemoOrganizations.agencyId("CA-AGG")).orElseThrow();
        assertThat(ca.nameVi()).isEqualTo("Công an tỉnh An Giang");
        assertThat(ca.parentId()).isEqualTo(DemoOrganizations.agencyId("BCA"));
        assertThat(directory.agencyByCode("VNPT-HGG").orElseThrow().parentId()).isEqualTo(DemoOrganizations.agencyId("VNPT"));
        assertThat(directory.units(ca.id())).extracting(UnitView::nameVi)
                .contains("Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao");
        assertThat(directory.person(DemoOrganizations.personId("officer2.ca-agg")).orElseThrow().clearance())
                .isEqualTo(vn.liaison.shared.Classification.UNCLASSIFIED);
        assertThat(directory.person(DemoOrganizations.personId("sysadmin")).orElseThrow().agencyId())
                .isEqualTo(DemoOrganizations.agencyId("BCA"));
        // Other tests add agencies of their own to the shared database: check the demo ones.
        for (AgencyView a : directory.allAgencies().stream()
                .filter(a -> a.id().equals(DemoOrganizations.agencyId(a.code()))).toList()) {
            assertThat(directory.units(a.id())).as(a.code()).isNotEmpty();
            assertThat(directory.people(a.id())).as(a.code()).hasSizeGreaterThanOrEqualTo(5);
            assertThat(directory.focalPoint(a.id(), ContentArea.INFORMATION_EXCHANGE)).as(a.code()).isPresent();
        }
    }

    @Test
    void demoAccountsExistForEveryAgencyWithTheirRolesAndAPreEnrolledSecondFactor() {
        // The demo agencies only: other tests of the shared context add agencies of their own.
        for (String demoCode : DEMO_CODES) {
            AgencyView a = directory.agencyByCode(demoCode).orElseThrow();
            String code = a.code().toLowerCase(java.util.Locale.ROOT);
            for (String role : new String[] {"officer", "leader", "secretariat", "admin", "auditor"}) {
                var account = accounts.accountOfPerson(DemoOrganizations.personId(role + "." + code));
                assertThat(account).as(role + "." + code).isPresent();
                assertThat(account.get().username()).isEqualTo(role + "." + code);
                assertThat(account.get().agencyId()).isEqualTo(a.id());
                assertThat(account.get().secondFactorEnrolled()).as(role + "." + code).isTrue();
            }
        }
        assertThat(accounts.accountOfPerson(DemoOrganizations.personId("admin.ca-agg")).orElseThrow().roles())
                .containsExactly(vn.liaison.security.Role.AGENCY_ADMIN);
        var officer2 = accounts.accountOfPerson(DemoOrganizations.personId("officer2.ca-hgg")).orElseThrow();
        assertThat(officer2.clearance()).isEqualTo(vn.liaison.shared.Classification.UNCLASSIFIED);
        var sysadmin = accounts.accountOfPerson(DemoOrganizations.personId("sysadmin")).orElseThrow();
        assertThat(sysadmin.agencyId()).isEqualTo(DemoOrganizations.agencyId("BCA"));
        assertThat(sysadmin.roles()).contains(vn.liaison.security.Role.SYSTEM_ADMIN, vn.liaison.security.Role.AGENCY_ADMIN,
                vn.liaison.security.Role.AUDITOR);
    }
}
