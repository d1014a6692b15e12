package vn.liaison.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.liaison.organizations.AgencyKind;
import vn.liaison.organizations.AgencyLevel;
import vn.liaison.organizations.AgencyView;
import vn.liaison.shared.Classification;
import vn.liaison.shared.ContentArea;
import vn.liaison.shared.DomainException;

/** The agreement's life and the rules on its terms, without the application. */
class AgreementLifeTest {

    static final UUID A = UUID.randomUUID();
    static final UUID B = UUID.randomUUID();
    static final UUID C = UUID.randomUUID();

    static AgencyView agency(UUID id, String name, AgencyLevel level, LocalDate from, LocalDate to) {
        return new AgencyView(id, name, name, name, name, AgencyKind.OTHER, level, null, from, to, List.of(), List.of());
    }

    static Map<UUID, AgencyView> agencies() {
        Map<UUID, AgencyView> m = new HashMap<>();
        m.put(A, agency(A, "Công an tỉnh", AgencyLevel.PROVINCIAL, LocalDate.of(2000, 1, 1), null));
        m.put(B, agency(B, "Sở Thông tin và Truyền thông", AgencyLevel.PROVINCIAL, LocalDate.of(2000, 1, 1),
                LocalDate.of(2025, 2, 28)));
        m.put(C, agency(C, "Viễn thông", AgencyLevel.ENTERPRISE, LocalDate.of(2010, 1, 1), null));
        return m;
    }

    static AgreementContent content(UUID a, UUID b, LocalDate signed, LocalDate from, LocalDate to, String reason) {
        return new AgreementContent("01/QC-CAT-STTTT", "Quy chế phối hợp", List.of(
                new PartyTerms(a, "Nguyễn Văn Một", "Giám đốc", "Chủ trì"),
                new PartyTerms(b, "Trần Thị Hai", "Giám đốc", "Phối hợp")), signed, "Hà Tĩnh", from, to,
                Set.of("PRESS"), Set.of(ContentArea.INFORMATION_EXCHANGE), "Ngang cấp", "Trao đổi văn bản", List.of(),
                Classification.UNCLASSIFIED, reason, null);
    }

    static AgreementContent valid() {
        return content(A, B, LocalDate.of(2021, 11, 19), LocalDate.of(2021, 11, 19), null, null);
    }

    static Agreement inForce() {
        Agreement ag = new Agreement(UUID.randomUUID(), content(A, B, null, LocalDate.of(2021, 1, 1),
                LocalDate.of(2023, 12, 31), null));
        ag.sign(LocalDate.of(2021, 1, 1), "Hà Nội");
        return ag;
    }

    static void check(AgreementContent c) {
        AgreementRules.check(c, agencies(), Set.of("PRESS"));
    }

    @Test
    void everyTransitionOfTheTableIsAllowedAndNoOther() {
        Set<String> allowed = Set.of("DRAFT>IN_FORCE", "IN_FORCE>EXPIRED", "IN_FORCE>TERMINATED", "IN_FORCE>REPLACED",
                "EXPIRED>REPLACED");
        for (AgreementStatus from : AgreementStatus.values()) {
            for (AgreementStatus to : AgreementStatus.values()) {
                assertThat(from.canMoveTo(to)).as(from + ">" + to).isEqualTo(allowed.contains(from + ">" + to));
            }
        }
    }

    @Test
    void aDraftIsEditedAndSignedThenImmutable() {
        Agreement ag = new Agreement(UUID.randomUUID(), valid());
        ag.edit(content(A, B, null, LocalDate.of(2021, 11, 19), null, null));
        ag.sign(LocalDate.of(2021, 11, 19), "Hà Tĩnh");
        assertThat(ag.status).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(ag.content.signingDate()).isEqualTo(LocalDate.of(2021, 11, 19));
        assertThatThrownBy(() -> ag.edit(valid())).isInstanceOf(DomainException.class)
                .hasMessage("agreements.error.signedImmutable");
        assertThatThrownBy(() -> ag.attachSignedText(UUID.randomUUID(), "ab", "x.pdf"))
                .hasMessage("agreements.error.signedImmutable");
        assertThatThrownBy(() -> ag.sign(LocalDate.of(2021, 11, 20), null)).hasMessage("agreements.error.transition");
    }

    @Test
    void signingNeedsADateNotAfterTheEnd() {
        Agreement ag = new Agreement(UUID.randomUUID(), content(A, B, null, LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 12, 31), null));
        assertThatThrownBy(() -> ag.sign(null, "x")).hasMessage("agreements.error.required");
        assertThatThrownBy(() -> ag.sign(LocalDate.of(2022, 1, 1), "x")).hasMessage("agreements.error.signedAfterEnd");
        assertThat(ag.status).isEqualTo(AgreementStatus.DRAFT);
    }

    @Test
    void anAmendmentAddsAVersionAndKeepsTheParties() {
        Agreement ag = inForce();
        AgreementContent c = ag.content;
        AgreementContent changed = new AgreementContent(c.number(), c.title() + " (sửa đổi)", c.parties(), null, null,
                c.effectiveFrom(), LocalDate.of(2025, 12, 31), c.sectors(), c.contentAreas(), c.principles(), c.forms(),
                c.focalPoints(), c.classification(), null, null);
        ag.amend(changed);
        assertThat(ag.version).isEqualTo(2);
        assertThat(ag.content.signingDate()).isEqualTo(c.signingDate());
        assertThat(ag.content.effectiveTo()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThatThrownBy(() -> ag.amend(ag.content)).hasMessage("agreements.error.amendNothing");
        assertThatThrownBy(() -> ag.amend(content(A, C, null, c.effectiveFrom(), null, "x")))
                .hasMessage("agreements.error.amendParties");
        Agreement draft = new Agreement(UUID.randomUUID(), valid());
        assertThatThrownBy(() -> draft.amend(valid())).hasMessage("agreements.error.amendNotInForce");
    }

    @Test
    void expiryOnlyAfterTheLastDay() {
        Agreement ag = inForce();
        assertThatThrownBy(() -> ag.expire(LocalDate.of(2023, 12, 31))).hasMessage("agreements.error.notYetExpired");
        assertThat(ag.expiryDue(LocalDate.of(2024, 1, 1))).isTrue();
        ag.expire(LocalDate.of(2024, 1, 1));
        assertThat(ag.status).isEqualTo(AgreementStatus.EXPIRED);
        assertThatThrownBy(() -> ag.terminate(LocalDate.of(2024, 1, 2), "x")).hasMessage("agreements.error.transition");
        Agreement draft = new Agreement(UUID.randomUUID(), valid());
        assertThatThrownBy(() -> draft.expire(LocalDate.of(2030, 1, 1))).hasMessage("agreements.error.transition");
    }

    @Test
    void terminationNeedsAReasonAndADateInsideValidity() {
        Agreement ag = inForce();
        assertThatThrownBy(() -> ag.terminate(LocalDate.of(2022, 1, 1), " ")).hasMessage("agreements.error.required");
        assertThatThrownBy(() -> ag.terminate(LocalDate.of(2020, 1, 1), "Giải thể"))
                .hasMessage("agreements.error.terminatedBeforeStart");
        assertThat(ag.status).isEqualTo(AgreementStatus.IN_FORCE);
        ag.terminate(LocalDate.of(2022, 1, 1), "Giải thể");
        assertThat(ag.status).isEqualTo(AgreementStatus.TERMINATED);
        assertThatThrownBy(() -> ag.replacedBy(UUID.randomUUID())).hasMessage("agreements.error.notReplaceable");
        assertThatThrownBy(() -> ag.expire(LocalDate.of(2030, 1, 1))).hasMessage("agreements.error.transition");
    }

    @Test
    void replacementFromInForceOrExpiredOnly() {
        UUID next = UUID.randomUUID();
        Agreement ag = inForce();
        ag.replacedBy(next);
        assertThat(ag.status).isEqualTo(AgreementStatus.REPLACED);
        assertThat(ag.replacedById).isEqualTo(next);
        assertThatThrownBy(() -> ag.replacedBy(UUID.randomUUID())).hasMessage("agreements.error.notReplaceable");
        Agreement expired = inForce();
        expired.expire(LocalDate.of(2024, 2, 1));
        expired.replacedBy(next);
        assertThat(expired.status).isEqualTo(AgreementStatus.REPLACED);
        Agreement draft = new Agreement(UUID.randomUUID(), valid());
        assertThatThrownBy(() -> draft.replacedBy(next)).hasMessage("agreements.error.notReplaceable");
    }

    @ParameterizedTest
    @EnumSource(value = AgreementStatus.class, names = {"IN_FORCE", "EXPIRED", "TERMINATED", "REPLACED"})
    void onlyADraftIsEditable(AgreementStatus s) {
        assertThat(s.editable()).isFalse();
        assertThat(AgreementStatus.DRAFT.editable()).isTrue();
    }

    @Test
    void validTermsPass() {
        check(valid());
    }

    @Test
    void datesOutOfOrderAreRefused() {
        assertThatThrownBy(() -> check(content(A, B, null, LocalDate.of(2022, 1, 1), LocalDate.of(2021, 1, 1), null)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("agreements.error.datesOutOfOrder");
                    assertThat(e.field()).isEqualTo("effectiveTo");
                });
    }

    @Test
    void aPartyMustExistOnTheSigningDate() {
        UUID ghost = UUID.randomUUID();
        assertThatThrownBy(() -> check(content(A, ghost, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 1), null, null)))
                .hasMessage("agreements.error.partyUnknown");
        // B ceased to exist on 28/02/2025 (merged): it cannot sign afterwards.
        assertThatThrownBy(() -> check(content(A, B, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 1), null, null)))
                .hasMessage("agreements.error.partyNotExisting");
        // C did not exist yet in 2009.
        assertThatThrownBy(() -> check(content(A, C, LocalDate.of(2009, 6, 1), LocalDate.of(2009, 6, 1), null, "lý do")))
                .hasMessage("agreements.error.partyNotExisting");
    }

    @Test
    void twoDistinctPartiesAtLeast() {
        assertThatThrownBy(() -> check(content(A, A, null, LocalDate.of(2021, 1, 1), null, null)))
                .hasMessage("agreements.error.twoParties");
    }

    @Test
    void crossLevelNeedsAReason() {
        assertThatThrownBy(() -> check(content(A, C, null, LocalDate.of(2023, 10, 1), null, null)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.field()).isEqualTo("crossLevelReason"));
        check(content(A, C, null, LocalDate.of(2023, 10, 1), null, "Doanh nghiệp viễn thông trên địa bàn tỉnh"));
    }

    @Test
    void unknownSectorAndBadFocalPointAreRefused() {
        AgreementContent c = valid();
        AgreementContent withSector = new AgreementContent(c.number(), c.title(), c.parties(), c.signingDate(), null,
                c.effectiveFrom(), null, Set.of("NOPE"), c.contentAreas(), null, null, List.of(), null, null, null);
        assertThatThrownBy(() -> check(withSector)).hasMessage("agreements.error.sectorUnknown");
        AgreementContent focal = new AgreementContent(c.number(), c.title(), c.parties(), c.signingDate(), null,
                c.effectiveFrom(), null, c.sectors(), EnumSet.of(ContentArea.INFORMATION_EXCHANGE), null, null,
                List.of(new FocalPointAssignment(C, ContentArea.INFORMATION_EXCHANGE, UUID.randomUUID())), null, null, null);
        assertThatThrownBy(() -> check(focal)).hasMessage("agreements.error.focalPoint");
    }

    @Test
    void selfReplacementAndCyclesAreRefused() {
        UUID x = UUID.randomUUID();
        UUID y = UUID.randomUUID();
        UUID z = UUID.randomUUID();
        Map<UUID, UUID> replaces = Map.of(y, x, z, y);
        assertThatThrownBy(() -> AgreementRules.checkReplacement(x, x, replaces::get)).hasMessage("agreements.error.replacesSelf");
        // x would replace z, which (through y) already replaces x.
        assertThatThrownBy(() -> AgreementRules.checkReplacement(x, z, replaces::get))
                .hasMessage("agreements.error.replacementCycle");
        AgreementRules.checkReplacement(UUID.randomUUID(), z, replaces::get);
    }

    @Test
    void theReviewHostRotatesBetweenTheParties() {
        LocalDate from = LocalDate.of(2021, 11, 24);
        assertThat(AgreementRules.reviewHostIndex(from, 2021, 2)).isZero();
        assertThat(AgreementRules.reviewHostIndex(from, 2022, 2)).isEqualTo(1);
        assertThat(AgreementRules.reviewHostIndex(from, 2023, 2)).isZero();
        assertThat(AgreementRules.reviewHostIndex(from, 2024, 3)).isZero();
        assertThat(AgreementRules.reviewHostIndex(from, 2023, 3)).isEqualTo(2);
    }
}
