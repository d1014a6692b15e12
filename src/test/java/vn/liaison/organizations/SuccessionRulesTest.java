package vn.liaison.organizations;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.liaison.shared.DomainException;

class SuccessionRulesTest {

    static final LocalDate FROM = LocalDate.of(2007, 8, 2);
    static final LocalDate ON = LocalDate.of(2025, 3, 1);

    final AgencySpan old = new AgencySpan(UUID.randomUUID(), FROM, null, false);
    final AgencySpan other = new AgencySpan(UUID.randomUUID(), FROM, null, false);
    final AgencySpan target = new AgencySpan(UUID.randomUUID(), LocalDate.of(2002, 8, 5), null, false);
    final AgencySpan target2 = new AgencySpan(UUID.randomUUID(), LocalDate.of(2010, 1, 1), null, false);

    private static void refused(Runnable r, String field, String key) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(DomainException.class, e -> {
            org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo(field);
            org.assertj.core.api.Assertions.assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void mergerIntoAnExistingAgencyIsAccepted() {
        assertThatCode(() -> SuccessionRules.check(SuccessionKind.MERGER, ON, List.of(old, other), List.of(target), 0,
                Map.of())).doesNotThrowAnyException();
    }

    @Test
    void mergerNeedsExactlyOneSuccessor() {
        refused(() -> SuccessionRules.check(SuccessionKind.MERGER, ON, List.of(old), List.of(target, target2), 0, Map.of()),
                "successorIds", "organizations.error.succession.mergerShape");
        refused(() -> SuccessionRules.check(SuccessionKind.MERGER, ON, List.of(old), List.of(), 0, Map.of()),
                "successorIds", "organizations.error.succession.mergerShape");
    }

    @Test
    void mergingAnAgencyIntoItselfIsRefused() {
        refused(() -> SuccessionRules.check(SuccessionKind.MERGER, ON, List.of(old), List.of(old), 0, Map.of()),
                "successorIds", "organizations.error.succession.self");
    }

    @Test
    void renameCreatesExactlyOneNewRecord() {
        assertThatCode(() -> SuccessionRules.check(SuccessionKind.RENAME, ON, List.of(old), List.of(), 1, Map.of()))
                .doesNotThrowAnyException();
        refused(() -> SuccessionRules.check(SuccessionKind.RENAME, ON, List.of(old), List.of(target), 0, Map.of()),
                "successorIds", "organizations.error.succession.renameShape");
        refused(() -> SuccessionRules.check(SuccessionKind.RENAME, ON, List.of(old), List.of(), 2, Map.of()),
                "successorIds", "organizations.error.succession.renameShape");
    }

    @Test
    void splitNeedsAtLeastTwoSuccessorsAndOnePredecessor() {
        assertThatCode(() -> SuccessionRules.check(SuccessionKind.SPLIT, ON, List.of(old), List.of(target), 1, Map.of()))
                .doesNotThrowAnyException();
        refused(() -> SuccessionRules.check(SuccessionKind.SPLIT, ON, List.of(old), List.of(target), 0, Map.of()),
                "successorIds", "organizations.error.succession.splitShape");
        refused(() -> SuccessionRules.check(SuccessionKind.SPLIT, ON, List.of(old, other), List.of(), 2, Map.of()),
                "successorIds", "organizations.error.succession.splitShape");
    }

    @Test
    void effectiveDateMustFallInsideThePredecessorsValidity() {
        refused(() -> SuccessionRules.check(SuccessionKind.MERGER, FROM, List.of(old), List.of(target), 0, Map.of()),
                "effectiveOn", "organizations.error.succession.dateOutside");
        refused(() -> SuccessionRules.check(SuccessionKind.MERGER, FROM.minusYears(1), List.of(old), List.of(target), 0,
                Map.of()), "effectiveOn", "organizations.error.succession.dateOutside");
        AgencySpan ending = new AgencySpan(UUID.randomUUID(), FROM, LocalDate.of(2024, 12, 31), false);
        assertThatCode(() -> SuccessionRules.check(SuccessionKind.MERGER, LocalDate.of(2025, 1, 1), List.of(ending),
                List.of(target), 0, Map.of())).doesNotThrowAnyException();
        refused(() -> SuccessionRules.check(SuccessionKind.MERGER, LocalDate.of(2025, 1, 2), List.of(ending),
                List.of(target), 0, Map.of()), "effectiveOn", "organizations.error.succession.dateOutside");
    }

    @Test
    void successorMustExistOnTheEffectiveDate() {
        refused(() -> SuccessionRules.check(SuccessionKind.MERGER, LocalDate.of(2009, 1, 1), List.of(old), List.of(target2),
                0, Map.of()), "successorIds", "organizations.error.succession.successorNotActive");
    }

    @Test
    void anAgencyAlreadySucceededCannotBeSucceededAgain() {
        AgencySpan gone = new AgencySpan(UUID.randomUUID(), FROM, null, true);
        refused(() -> SuccessionRules.check(SuccessionKind.MERGER, ON, List.of(gone), List.of(target), 0, Map.of()),
                "predecessorIds", "organizations.error.succession.alreadySucceeded");
    }

    @Test
    void successorThatIsAnEarlierFormOfThePredecessorMakesACycle() {
        refused(() -> SuccessionRules.check(SuccessionKind.MERGER, ON, List.of(old), List.of(target), 0,
                Map.of(old.id(), Set.of(old.id(), target.id()))), "successorIds", "organizations.error.succession.cycle");
    }

    @Test
    void agencyRulesRefuseEndBeforeStartMissingParentAndParentCycles() {
        refused(() -> AgencyRules.check(null, ON, ON.minusDays(1), null, Set.of()), "validTo",
                "organizations.error.validity.toBeforeFrom");
        AgencySpan parent = new AgencySpan(UUID.randomUUID(), LocalDate.of(2010, 1, 1), null, false);
        refused(() -> AgencyRules.check(null, LocalDate.of(2009, 1, 1), null, parent, Set.of(parent.id())), "parentId",
                "organizations.error.parent.notExisting");
        UUID self = UUID.randomUUID();
        refused(() -> AgencyRules.check(self, ON, null, parent, Set.of(parent.id(), self)), "parentId",
                "organizations.error.parent.cycle");
        assertThatCode(() -> AgencyRules.check(self, ON, null, parent, Set.of(parent.id()))).doesNotThrowAnyException();
    }
}
