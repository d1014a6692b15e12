package vn.liaison.security.token;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When this node last wrote a token's last use: the write is due when neither the stored value (as read) nor this
 * node's own last write is within the resolution. Each node thus writes a token's last use at most once per
 * resolution, whether its token row comes from the cache or from the database.
 */
final class LastUse {

    private final Duration resolution;
    private final Map<UUID, Instant> written = new ConcurrentHashMap<>();

    LastUse(Duration resolution) {
        this.resolution = resolution;
    }

    /** Whether to write {@code now} as the token's last use; if so, it counts as written. */
    boolean due(UUID token, Instant stored, Instant now) {
        Instant threshold = now.minus(resolution);
        Instant mine = written.get(token);
        if (stored != null && !stored.isBefore(threshold) || mine != null && !mine.isBefore(threshold)) {
            return false;
        }
        written.put(token, now);
        return true;
    }
}
