package vn.liaison.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cache serves only what no heard change has made stale, and only while changes are heard. */
class CommittedCacheTest {

    private ChangeFeed feed;
    private CommittedCache<String, String> cache;

    @BeforeEach
    void hearing() {
        feed = new ChangeFeed(null);
        cache = new CommittedCache<>(feed, "agencies", 3);
        feed.hearing();
    }

    @Test
    void aKeptValueIsServedUntilAChangeOfItsTopicIsHeard() {
        cache.offer(cache.ticket(), "a", "Công an tỉnh");
        assertThat(cache.get("a")).isEqualTo("Công an tỉnh");

        feed.heard("agreements");
        assertThat(cache.get("a")).as("another topic's change").isEqualTo("Công an tỉnh");

        feed.heard("agencies");
        assertThat(cache.get("a")).isNull();
        assertThat(cache.size()).isZero();
    }

    @Test
    void aValueReadBeforeAChangeButOfferedAfterItIsRefused() {
        long ticket = cache.ticket();
        feed.heard("agencies");
        cache.offer(ticket, "a", "tên cũ");
        assertThat(cache.get("a")).isNull();

        cache.offer(cache.ticket(), "a", "tên mới");
        assertThat(cache.get("a")).isEqualTo("tên mới");
    }

    @Test
    void nothingIsKeptOrServedWhileChangesAreNotHeard() {
        cache.offer(cache.ticket(), "a", "x");
        long ticket = cache.ticket();
        feed.goDeaf();
        assertThat(cache.get("a")).isNull();
        cache.offer(ticket, "b", "y");
        cache.offer(cache.ticket(), "c", "z");
        assertThat(cache.size()).isZero();

        feed.hearing();
        assertThat(cache.get("a")).as("what was kept before must not come back").isNull();
        cache.offer(cache.ticket(), "a", "x2");
        assertThat(cache.get("a")).isEqualTo("x2");
    }

    @Test
    void aFullCacheStartsOver() {
        for (String k : new String[] {"a", "b", "c"}) {
            cache.offer(cache.ticket(), k, k.toUpperCase());
        }
        assertThat(cache.size()).isEqualTo(3);
        cache.offer(cache.ticket(), "d", "D");
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get("d")).isEqualTo("D");
    }
}
