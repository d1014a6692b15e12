package vn.liaison;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.liaison.shared.ChangeFeed;

/** Waiting for the change feed in tests: its announcements arrive asynchronously, in commit order. */
public final class Announcements {

    private static final long WAIT_MILLIS = 10_000;

    private Announcements() {
    }

    /**
     * Returns once every announcement of {@code topic} committed before this call has been heard (and handled by the
     * caches, which registered their handlers first): earlier tests' announcements still on their way would otherwise
     * empty a cache in the middle of a test.
     */
    public static void heardEverythingBefore(ChangeFeed feed, JdbcClient jdbc, String topic) {
        awaitTrue("the change feed listens", feed::live);
        AtomicBoolean heard = new AtomicBoolean();
        feed.onChange(topic, () -> heard.set(true));
        jdbc.sql("SELECT pg_notify(?, ?)").params(ChangeFeed.CHANNEL, topic).query(String.class).single();
        awaitTrue("our own announcement is heard", heard::get);
    }

    public static void awaitTrue(String what, BooleanSupplier condition) {
        long until = System.currentTimeMillis() + WAIT_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("Not within " + WAIT_MILLIS + " ms: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
