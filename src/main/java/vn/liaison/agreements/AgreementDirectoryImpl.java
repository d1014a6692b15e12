package vn.liaison.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.liaison.security.AgencyLineage;
import vn.liaison.shared.CommittedCache;
import vn.liaison.shared.ContentArea;

/**
 * What the other modules read of agreements. It does not apply the access policy: callers (requests) only use it
 * to find the agreement a record of their own falls under, and check their own records' access.
 */
@Component
class AgreementDirectoryImpl implements AgreementDirectory {

    private final AgreementStore store;
    private final AgencyLineage lineage;
    private final CommittedCache<InForceCache.Between, List<AgreementRef>> inForce;

    AgreementDirectoryImpl(AgreementStore store, AgencyLineage lineage, InForceCache inForce) {
        this.store = store;
        this.lineage = lineage;
        this.inForce = inForce.cache();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AgreementRef> agreement(UUID id) {
        return store.find(id).map(AgreementDirectoryImpl::ref);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AgreementRef> inForceBetween(UUID agencyA, UUID agencyB, ContentArea area, LocalDate day) {
        return inForceBetween(lineage.actingFor(agencyA), lineage.actingFor(agencyB), area, day);
    }

    /**
     * From the cache of committed agreements (emptied on every node when any node commits a change of an agreement),
     * else one query. A refusal (none found) is not cached: it is rare, and an agreement may be signed any minute.
     */
    @Override
    public List<AgreementRef> inForceBetween(Set<UUID> agencyALineage, Set<UUID> agencyBLineage, ContentArea area,
            LocalDate day) {
        InForceCache.Between key = new InForceCache.Between(Set.copyOf(agencyALineage), Set.copyOf(agencyBLineage), area, day);
        List<AgreementRef> cached = inForce.get(key);
        if (cached != null) {
            return cached;
        }
        long ticket = inForce.ticket();
        AgreementStore.InForce found = store.inForceBetween(key.a(), key.b(), area, day);
        if (found.committed()) {
            inForce.offer(ticket, key, found.refs());
        }
        return found.refs();
    }

    static AgreementRef ref(Agreement a) {
        return new AgreementRef(a.id, a.content.number(), a.content.title(), Set.copyOf(a.content.partyIds()),
                Set.copyOf(a.content.contentAreas()), a.content.effectiveFrom(), a.content.effectiveTo(), a.status.name());
    }
}
