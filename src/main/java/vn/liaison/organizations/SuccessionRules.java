package vn.liaison.organizations;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import vn.liaison.shared.DomainException;

/**
 * When a merger, split or renaming may be recorded. Pure rules (no database) so they are tested on their own:
 * <ul>
 * <li>a renaming creates exactly one new record; a merger has exactly one successor; a split at least two;</li>
 * <li>the effective date falls inside each predecessor's validity: after its first day (it must have existed
 * for at least a day) and no later than the day after its recorded end;</li>
 * <li>a predecessor that already has successors cannot be succeeded again;</li>
 * <li>an existing successor must exist on the effective date, and may not be a predecessor itself nor one of
 * the predecessors' own earlier forms (that would make a cycle).</li>
 * </ul>
 */
final class SuccessionRules {

    private SuccessionRules() {
    }

    /**
     * @param predecessors       the agencies that end (the page's agency first, then co-predecessors of a merger)
     * @param existingSuccessors existing agencies that take over
     * @param newSuccessors      how many new agency records are created by the succession
     * @param earlierForms       for each predecessor, its lineage (itself and everything it succeeded)
     */
    static void check(SuccessionKind kind, LocalDate effectiveOn, List<AgencySpan> predecessors,
            List<AgencySpan> existingSuccessors, int newSuccessors, Map<UUID, Set<UUID>> earlierForms) {
        if (kind == null) {
            throw DomainException.invalid("kind", "organizations.error.succession.kindRequired");
        }
        if (effectiveOn == null) {
            throw DomainException.invalid("effectiveOn", "organizations.error.succession.dateRequired");
        }
        int successors = existingSuccessors.size() + newSuccessors;
        switch (kind) {
            case RENAME -> {
                if (newSuccessors != 1 || !existingSuccessors.isEmpty() || predecessors.size() != 1) {
                    throw DomainException.invalid("successorIds", "organizations.error.succession.renameShape");
                }
            }
            case MERGER -> {
                if (successors != 1) {
                    throw DomainException.invalid("successorIds", "organizations.error.succession.mergerShape");
                }
            }
            case SPLIT -> {
                if (successors < 2 || predecessors.size() != 1) {
                    throw DomainException.invalid("successorIds", "organizations.error.succession.splitShape");
                }
            }
        }
        Set<UUID> predecessorIds = new HashSet<>();
        for (AgencySpan p : predecessors) {
            if (!predecessorIds.add(p.id())) {
                throw DomainException.invalid("predecessorIds", "organizations.error.succession.duplicate");
            }
        }
        Set<UUID> successorIds = new HashSet<>();
        for (AgencySpan s : existingSuccessors) {
            if (predecessorIds.contains(s.id())) {
                throw DomainException.invalid("successorIds", "organizations.error.succession.self");
            }
            if (!successorIds.add(s.id())) {
                throw DomainException.invalid("successorIds", "organizations.error.succession.duplicate");
            }
        }
        for (AgencySpan p : predecessors) {
            if (p.alreadySucceeded()) {
                throw DomainException.invalid("predecessorIds", "organizations.error.succession.alreadySucceeded");
            }
            boolean afterStart = effectiveOn.isAfter(p.validFrom());
            boolean beforeEnd = p.validTo() == null || !effectiveOn.minusDays(1).isAfter(p.validTo());
            if (!afterStart || !beforeEnd) {
                throw DomainException.invalid("effectiveOn", "organizations.error.succession.dateOutside",
                        p.validFrom(), p.validTo() == null ? "…" : p.validTo());
            }
            Set<UUID> earlier = earlierForms.getOrDefault(p.id(), Set.of());
            for (UUID s : successorIds) {
                if (earlier.contains(s)) {
                    throw DomainException.invalid("successorIds", "organizations.error.succession.cycle");
                }
            }
        }
        for (AgencySpan s : existingSuccessors) {
            if (!s.existedOn(effectiveOn)) {
                throw DomainException.invalid("successorIds", "organizations.error.succession.successorNotActive",
                        effectiveOn);
            }
        }
    }

    /** The last day of the predecessors: the day before the successor takes over. */
    static LocalDate lastDay(LocalDate effectiveOn) {
        return effectiveOn.minusDays(1);
    }
}
