package vn.liaison;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.liaison.shared.ChangeFeed;

/** Waiting for the change feed in tests: its announcements arrive asynchronously, in commit order. */
public final class Announcements {

    private static final long WAIT_MILLIS = 10_000;
    private static final int TRIES = 5;
    /** A topic no cache listens on: hearing it proves that everything announced before it was handled. */
    private static final String MARKER = "test-marker";

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

    /**
     * Runs {@code check}, a test that a cache serves what it holds, until one run was not disturbed: a change of
     * {@code topic} announced or a reset of the feed while it ran (a change committed by anything else in this JVM
     * or database, a replaced listening connection) rightly empties the cache, so that run proves nothing. A failure
     * in an undisturbed run, or in the last run, is the test's failure.
     */
    public static void undisturbed(ChangeFeed feed, JdbcClient jdbc, String topic, Runnable check) {
        for (int attempt = 1;; attempt++) {
            heardEverythingBefore(feed, jdbc, topic);
            AtomicInteger disturbances = new AtomicInteger();
            feed.onChange(topic, disturbances::incrementAndGet);
            feed.onReset(disturbances::incrementAndGet);
            AssertionError failure = null;
            try {
                check.run();
            } catch (AssertionError e) {
                failure = e;
            }
            heardEverythingBefore(feed, jdbc, MARKER);
            if (disturbances.get() == 0 || attempt == TRIES) {
                if (failure != null) {
                    throw failure;
                }
                return;
            }
            System.err.printf("Run %d of a cache check was disturbed by %d announcement(s) or reset(s); trying again%n",
                    attempt, disturbances.get());
        }
    }

    /**
     * Runs {@code write} in one transaction with the table's announcement trigger ({@code <table>_announce})
     * switched off: a change no cache hears of, to prove that a cache serves what it holds.
     */
    public static void unannounced(TransactionTemplate transactions, JdbcClient jdbc, String table, Runnable write) {
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("ALTER TABLE " + table + " DISABLE TRIGGER " + table + "_announce").update();
            write.run();
            jdbc.sql("ALTER TABLE " + table + " ENABLE TRIGGER " + table + "_announce").update();
        });
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
