package vn.liaison.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.liaison.shared.ChangeFeed;
import vn.liaison.shared.CommittedCache;
import vn.liaison.shared.ContentArea;

/**
 * Agreements found in force between two lineages for an area on a day, checked for every request created. Emptied
 * on every node when any node commits a change of an agreement (migration {@code V2_2}), and on this node as soon as
 * a change written here commits.
 */
@Component
class InForceCache {

    static final String CHANGES = "agreements";
    private static final int MAX_CACHED = 10_000;

    record Between(Set<UUID> a, Set<UUID> b, ContentArea area, LocalDate day) {
    }

    private final CommittedCache<Between, List<AgreementRef>> cache;

    InForceCache(ChangeFeed changes) {
        this.cache = new CommittedCache<>(changes, CHANGES, MAX_CACHED);
    }

    CommittedCache<Between, List<AgreementRef>> cache() {
        return cache;
    }
}
