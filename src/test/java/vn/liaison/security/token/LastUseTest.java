package vn.liaison.security.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A token's last use is written at most once a minute per node, whatever the row read says. */
class LastUseTest {

    private static final Instant T = Instant.parse("2026-11-22T10:00:00Z");

    private final LastUse lastUse = new LastUse(Duration.ofMinutes(1));
    private final UUID token = UUID.randomUUID();

    @Test
    void writtenAtFirstUseThenNotAgainWithinTheMinute() {
        assertThat(lastUse.due(token, null, T)).isTrue();
        assertThat(lastUse.due(token, null, T.plusSeconds(59))).as("the row read before the write").isFalse();
        assertThat(lastUse.due(token, null, T.plusSeconds(60))).as("a full minute, as the database compares").isFalse();
        assertThat(lastUse.due(token, null, T.plusSeconds(61))).isTrue();
        assertThat(lastUse.due(UUID.randomUUID(), null, T.plusSeconds(62))).as("another token").isTrue();
    }

    @Test
    void aRecentValueStoredByAnotherNodeIsEnough() {
        assertThat(lastUse.due(token, T.minusSeconds(30), T)).isFalse();
        assertThat(lastUse.due(token, T.minusSeconds(61), T)).isTrue();
        assertThat(lastUse.due(token, T.minusSeconds(61), T.plusSeconds(1))).as("then this node's own write counts")
                .isFalse();
    }
}
