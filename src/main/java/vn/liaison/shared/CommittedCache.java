package vn.liaison.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Committed rows of a small, rarely changed table, kept by key and forgotten as soon as the {@link ChangeFeed} hears
 * that any node committed a change of the cache's topic. It serves only while the feed is live. A reader takes a
 * {@link #ticket()} before its query and offers the rows with it: rows read before a change but offered after the
 * change was heard are refused, so a stale row can never outlive the notice of its change.
 *
 * <p>Only rows read as committed now may be offered: a row the reading transaction wrote itself could be rolled
 * back, and no notice would follow; a repeatable-read transaction may read rows older than a change already heard.
 * Readers check both in the same query: they select {@link #COMMITTED} with the rows and ask {@link #committed}.
 */
public final class CommittedCache<K, V> {

    /** The column readers select with their rows: true when the rows may be offered. */
    public static final String COMMITTED = "txid_current_if_assigned() IS NULL"
            + " AND current_setting('transaction_isolation') = 'read committed' AS committed";

    private final ChangeFeed feed;
    private final int maxEntries;
    private final Map<K, V> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    public CommittedCache(ChangeFeed feed, String topic, int maxEntries) {
        this.feed = feed;
        this.maxEntries = maxEntries;
        feed.onChange(topic, this::clear);
        feed.onReset(this::clear);
    }

    /** Whether the row was read as committed now (the {@link #COMMITTED} column). */
    public static boolean committed(ResultSet row) throws SQLException {
        return row.getBoolean("committed");
    }

    /** The cached value, or null when absent or when the feed is not live. */
    public V get(K key) {
        return feed.live() ? entries.get(key) : null;
    }

    /** To be taken before reading what will be offered. */
    public long ticket() {
        return generation.get();
    }

    /** Keeps a committed value read after {@code ticket} was taken, unless a change was heard since. */
    public void offer(long ticket, K key, V value) {
        if (!feed.live() || generation.get() != ticket) {
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(key, value);
        // A change heard between the check above and the put: the clear may have run before the put.
        if (generation.get() != ticket) {
            entries.remove(key);
        }
    }

    /**
     * Forgets everything once the current transaction commits (at once without one). A writer on this node calls it
     * so that its own next request sees its change without waiting for the announcement to come back.
     */
    public void clearAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    clear();
                }
            });
        } else {
            clear();
        }
    }

    /** Forgets everything (a change of the topic was committed, or changes may have gone unheard). */
    public void clear() {
        generation.incrementAndGet();
        entries.clear();
    }

    public int size() {
        return entries.size();
    }
}
