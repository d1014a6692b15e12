package vn.liaison.agreements;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import vn.liaison.organizations.AgencyLevel;
import vn.liaison.organizations.AgencyView;
import vn.liaison.shared.DomainException;

/** The rules an agreement's terms must satisfy before they are stored; each refusal names its field. */
final class AgreementRules {

    private AgreementRules() {
    }

    /**
     * Checks the terms against the directory's agencies (keyed by id) and the known sector codes. Parties must
     * exist on the signing date (or, for a draft not yet dated, on the first day of validity).
     */
    static void check(AgreementContent c, Map<UUID, AgencyView> agencies, Set<String> knownSectors) {
        if (c.number() == null) {
            throw DomainException.invalid("number", "agreements.error.required");
        }
        if (c.title() == null) {
            throw DomainException.invalid("title", "agreements.error.required");
        }
        if (c.effectiveFrom() == null) {
            throw DomainException.invalid("effectiveFrom", "agreements.error.required");
        }
        if (c.effectiveTo() != null && c.effectiveTo().isBefore(c.effectiveFrom())) {
            throw DomainException.invalid("effectiveTo", "agreements.error.datesOutOfOrder");
        }
        if (c.signingDate() != null && c.effectiveTo() != null && c.signingDate().isAfter(c.effectiveTo())) {
            throw DomainException.invalid("signingDate", "agreements.error.signedAfterEnd");
        }
        Set<UUID> distinct = new HashSet<>(c.partyIds());
        if (c.parties().size() < 2 || distinct.size() != c.parties().size()) {
            throw DomainException.invalid("parties", "agreements.error.twoParties");
        }
        LocalDate day = c.signingDate() != null ? c.signingDate() : c.effectiveFrom();
        Set<AgencyLevel> levels = EnumSet.noneOf(AgencyLevel.class);
        for (PartyTerms p : c.parties()) {
            AgencyView a = agencies.get(p.agencyId());
            if (a == null) {
                throw DomainException.invalid("parties", "agreements.error.partyUnknown", String.valueOf(p.agencyId()));
            }
            if (!a.existedOn(day)) {
                throw DomainException.invalid("parties", "agreements.error.partyNotExisting", a.nameVi(), day.toString());
            }
            levels.add(a.level());
        }
        if (levels.size() > 1 && c.crossLevelReason() == null) {
            throw DomainException.invalid("crossLevelReason", "agreements.error.crossLevelReasonRequired");
        }
        if (c.contentAreas().isEmpty()) {
            throw DomainException.invalid("contentAreas", "agreements.error.contentAreasRequired");
        }
        for (String s : c.sectors()) {
            if (!knownSectors.contains(s)) {
                throw DomainException.invalid("sectors", "agreements.error.sectorUnknown", s);
            }
        }
        Set<String> seen = new HashSet<>();
        for (FocalPointAssignment f : c.focalPoints()) {
            if (!distinct.contains(f.agencyId()) || f.area() == null || !c.contentAreas().contains(f.area())
                    || f.personId() == null || !seen.add(f.agencyId() + ":" + f.area())) {
                throw DomainException.invalid("focalPoints", "agreements.error.focalPoint");
            }
        }
    }

    /**
     * An agreement may not replace itself, nor one that (through its own predecessors) already descends from
     * it: {@code replacesOf} gives the agreement each one replaces, or null.
     */
    static void checkReplacement(UUID agreementId, UUID replacesId, Function<UUID, UUID> replacesOf) {
        if (replacesId == null) {
            return;
        }
        if (replacesId.equals(agreementId)) {
            throw DomainException.invalid("replacesId", "agreements.error.replacesSelf");
        }
        Set<UUID> visited = new HashSet<>();
        UUID cursor = replacesId;
        while (cursor != null && visited.add(cursor)) {
            if (cursor.equals(agreementId)) {
                throw DomainException.invalid("replacesId", "agreements.error.replacementCycle");
            }
            cursor = replacesOf.apply(cursor);
        }
        if (cursor != null) {
            throw DomainException.invalid("replacesId", "agreements.error.replacementCycle");
        }
    }

    /** The old agreement must have been signed and not ended otherwise (terminated, or replaced already). */
    static void checkReplaceable(AgreementStatus oldStatus, UUID oldReplacedBy, UUID newId) {
        if (!oldStatus.canMoveTo(AgreementStatus.REPLACED) || oldReplacedBy != null && !oldReplacedBy.equals(newId)) {
            throw DomainException.invalid("replacesId", "agreements.error.notReplaceable");
        }
    }

    /**
     * The party that hosts the yearly review of {@code year}: the first party hosts the review of the first year
     * of validity, then the parties take turns in the order they are written (seed 002: luân phiên).
     */
    static int reviewHostIndex(LocalDate effectiveFrom, int year, int parties) {
        return Math.floorMod(year - effectiveFrom.getYear(), parties);
    }
}
