package vn.liaison.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.liaison.security.AgencyLineage;
import vn.liaison.shared.ContentArea;

/**
 * What the other modules read of agreements. It does not apply the access policy: callers (requests) only use it
 * to find the agreement a record of their own falls under, and check their own records' access.
 */
@Component
class AgreementDirectoryImpl implements AgreementDirectory {

    private final AgreementStore store;
    private final AgencyLineage lineage;

    AgreementDirectoryImpl(AgreementStore store, AgencyLineage lineage) {
        this.store = store;
        this.lineage = lineage;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AgreementRef> agreement(UUID id) {
        return store.find(id).map(AgreementDirectoryImpl::ref);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgreementRef> inForceBetween(UUID agencyA, UUID agencyB, ContentArea area, LocalDate day) {
        // On the path of every new request: two lineage lookups and one query (or the cache).
        return store.inForceBetween(lineage.actingFor(agencyA), lineage.actingFor(agencyB), area, day);
    }

    /** Cached by the store (emptied on every node when any node commits a change of an agreement). */
    @Override
    public List<AgreementRef> inForceBetween(Set<UUID> agencyALineage, Set<UUID> agencyBLineage, ContentArea area,
            LocalDate day) {
        return store.inForceBetween(agencyALineage, agencyBLineage, area, day);
    }

    static AgreementRef ref(Agreement a) {
        return new AgreementRef(a.id, a.content.number(), a.content.title(), Set.copyOf(a.content.partyIds()),
                Set.copyOf(a.content.contentAreas()), a.content.effectiveFrom(), a.content.effectiveTo(), a.status.name());
    }
}
