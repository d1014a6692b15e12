package vn.liaison.shared;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The changes committed to the tables nodes cache (agencies, units, agreements, deadline settings), heard from
 * PostgreSQL on every node: a trigger on each such table sends {@code NOTIFY liaison_change, '<topic>'}, which
 * PostgreSQL delivers to every listening connection once the writing transaction commits. One connection of its
 * own (outside the pool) listens. While it is not listening (before start, after a lost connection) caches must not
 * serve: {@link #live()} is false, and every reset handler runs when listening starts again, because changes made
 * meanwhile were not heard.
 */
@Component
public class ChangeFeed implements SmartLifecycle {

    /** The channel the triggers notify (see the platform migration {@code V1_0_3}). */
    public static final String CHANNEL = "liaison_change";
    /** The application name of the listening connection, to find it in {@code pg_stat_activity}. */
    public static final String APPLICATION_NAME = "liaison-change-feed";

    private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);
    private static final int POLL_MILLIS = 1_000;
    private static final long RETRY_MILLIS = 1_000;

    private final DataSource dataSource;
    private final Map<String, List<Runnable>> handlers = new ConcurrentHashMap<>();
    private final List<Runnable> resets = new CopyOnWriteArrayList<>();
    private volatile boolean live;
    private volatile boolean running;

    ChangeFeed(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code handler} on the listening thread each time a change of {@code topic} is committed anywhere. */
    public void onChange(String topic, Runnable handler) {
        handlers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(handler);
    }

    /** Runs {@code handler} whenever changes may have gone unheard: listening stopped or started again. */
    public void onReset(Runnable handler) {
        resets.add(handler);
    }

    /** True while changes are being heard, so a cache filled now will learn of the next change. */
    public boolean live() {
        return live;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        Thread listener = new Thread(this::listen, APPLICATION_NAME);
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public synchronized void stop() {
        // The listening thread sees this within one poll and closes its connection.
        running = false;
        goDeaf();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection c = open()) {
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("SET application_name = '" + APPLICATION_NAME + "'");
                    s.execute("LISTEN " + CHANNEL);
                }
                hearing();
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] heard = pg.getNotifications(POLL_MILLIS);
                    if (heard != null) {
                        for (PGNotification n : heard) {
                            heard(n.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                goDeaf();
                if (running) {
                    log.warn("Not hearing committed changes ({}); caches are bypassed until listening again", e.getMessage());
                    pause();
                }
            }
        }
    }

    /** Listening has started: what was cached before may have missed a change, so start clean, then serve. */
    void hearing() {
        resets.forEach(ChangeFeed::runSafely);
        live = true;
    }

    void heard(String topic) {
        handlers.getOrDefault(topic, List.of()).forEach(ChangeFeed::runSafely);
    }

    void goDeaf() {
        live = false;
        resets.forEach(ChangeFeed::runSafely);
    }

    /** A connection of its own: held for good, it must not take one of the pool's. */
    private Connection open() throws SQLException {
        if (dataSource instanceof HikariDataSource hikari) {
            if (hikari.getDataSource() != null) {
                return hikari.getDataSource().getConnection();
            }
            if (hikari.getJdbcUrl() != null) {
                return DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
            }
        }
        return dataSource.getConnection();
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static void runSafely(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            log.warn("A change handler failed", e);
        }
    }
}
