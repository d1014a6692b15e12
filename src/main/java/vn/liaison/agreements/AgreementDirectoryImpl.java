package vn.liaison.agreements;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.liaison.organizations.AgencyDirectory;
import vn.liaison.organizations.AgencyView;
import vn.liaison.shared.ContentArea;

/**
 * What the other modules read of agreements. It does not apply the access policy: callers (requests) only use it
 * to find the agreement a record of their own falls under, and check their own records' access.
 */
@Component
class AgreementDirectoryImpl implements AgreementDirectory {

    private final AgreementStore store;
    private final AgencyDirectory agencies;

    AgreementDirectoryImpl(AgreementStore store, AgencyDirectory agencies) {
        this.store = store;
        this.agencies = agencies;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AgreementRef> agreement(UUID id) {
        return store.find(id).map(AgreementDirectoryImpl::ref);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgreementRef> inForceBetween(UUID agencyA, UUID agencyB, ContentArea area, LocalDate day) {
        Set<UUID> forA = standsFor(agencyA);
        Set<UUID> forB = standsFor(agencyB);
        Set<UUID> both = new HashSet<>(forA);
        both.addAll(forB);
        return store.withParty(both).stream().map(id -> store.find(id).orElseThrow())
                .filter(a -> a.status == AgreementStatus.IN_FORCE)
                .filter(a -> !day.isBefore(a.content.effectiveFrom())
                        && (a.content.effectiveTo() == null || !day.isAfter(a.content.effectiveTo())))
                .filter(a -> area == null || a.content.contentAreas().contains(area))
                .filter(a -> a.content.partyIds().stream().anyMatch(forA::contains)
                        && a.content.partyIds().stream().anyMatch(forB::contains))
                .map(AgreementDirectoryImpl::ref)
                .toList();
    }

    /** The agency and every agency it succeeded (a successor acts under its predecessors' agreements). */
    private Set<UUID> standsFor(UUID agency) {
        Set<UUID> out = new HashSet<>();
        java.util.ArrayDeque<UUID> todo = new java.util.ArrayDeque<>(List.of(agency));
        while (!todo.isEmpty()) {
            UUID id = todo.pop();
            if (out.add(id)) {
                agencies.agency(id).map(AgencyView::predecessorIds).ifPresent(todo::addAll);
            }
        }
        return out;
    }

    static AgreementRef ref(Agreement a) {
        return new AgreementRef(a.id, a.content.number(), a.content.title(), Set.copyOf(a.content.partyIds()),
                Set.copyOf(a.content.contentAreas()), a.content.effectiveFrom(), a.content.effectiveTo(), a.status.name());
    }
}
