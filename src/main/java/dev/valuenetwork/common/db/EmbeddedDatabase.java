package dev.valuenetwork.common.db;

import io.quarkus.runtime.Application;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL server (binaries from Maven Central) that the service starts for itself when
 * no external database is configured. It listens on loopback only, on a port the operating
 * system hands out, and keeps its cluster in a data folder that survives restarts.
 *
 * <p>The cluster is initialised with UTF-8 and the C.UTF-8 locale: under the plain C locale
 * pg_trgm treats Hangul as non-word characters and Korean search finds nothing.
 */
public final class EmbeddedDatabase {

    public static final String DATA_DIR_PROPERTY = "valuenetwork.embedded.data-dir";
    static final String DATA_DIR_ENV = "VALUENETWORK_EMBEDDED_DATA_DIR";
    static final String DATABASE = "valuenetwork";
    private static final String JDBC_URL_PROPERTY = "quarkus.datasource.jdbc.url";
    private static final String JDBC_URL_ENV = "QUARKUS_DATASOURCE_JDBC_URL";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    /** PostgreSQL's own start-up chatter; held strongly, since log levels live on the logger object. */
    private static final java.util.logging.Logger SERVER_LOG = java.util.logging.Logger.getLogger("io.zonky");

    static {
        SERVER_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    /** The start under way or done, when this process started the server itself. */
    private static volatile CompletableFuture<EmbeddedDatabase> starting;

    private final EmbeddedPostgres postgres;
    private final DataFolderLock lock;
    private boolean stopped;

    private EmbeddedDatabase(EmbeddedPostgres postgres, DataFolderLock lock) {
        this.postgres = postgres;
        this.lock = lock;
    }

    /**
     * Starts the embedded server unless a datasource URL was given through the environment or a
     * system property, and publishes its coordinates as system properties at once. The folder is
     * locked before this returns (a second instance on it fails here, with a clear message); the
     * server itself starts on a thread of its own while Quarkus boots, and whatever needs the
     * database first waits for it with {@link #awaitReady()}. PostgreSQL's start took a third
     * of a warm start when it ran before Quarkus.
     *
     * @return whether an embedded server is starting (false when an external one is configured)
     */
    public static boolean startUnlessExternal() {
        if (isSet(System.getProperty(JDBC_URL_PROPERTY)) || isSet(System.getenv(JDBC_URL_ENV))) {
            return false;
        }
        Path dataDir = configuredDataDir();
        DataFolderLock lock = DataFolderLock.acquire(dataDir);
        int port = freeLoopbackPort(lock);
        CompletableFuture<EmbeddedDatabase> started = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                started.complete(start(dataDir, lock, port, true));
            } catch (RuntimeException | Error e) {
                started.completeExceptionally(e);
            }
        }, "embedded-postgres-start");
        starter.setDaemon(true);
        starter.start();
        starting = started;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfterQuarkus(started), "embedded-postgres-stop"));
        System.setProperty(JDBC_URL_PROPERTY, jdbcUrl(port));
        System.setProperty("quarkus.datasource.username", "postgres");
        System.setProperty("quarkus.datasource.password", "");
        return true;
    }

    /**
     * Waits until the server started by {@link #startUnlessExternal()} answers; returns at once
     * when none was started here (an external database, or tests that start their own).
     *
     * @throws IllegalStateException with the reason when the server could not start
     */
    public static void awaitReady() {
        CompletableFuture<EmbeddedDatabase> started = starting;
        if (started == null) {
            return;
        }
        try {
            started.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof IllegalStateException failure ? failure
                    : new IllegalStateException("The embedded PostgreSQL did not start: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * Starts a server on the given folder, initialising the cluster on first use. A second
     * process pointed at a folder in use fails here with {@link DataFolderInUseException}.
     *
     * @param durable false for throwaway test clusters, which may skip synchronous commits
     */
    public static EmbeddedDatabase start(Path dataDir, boolean durable) {
        DataFolderLock lock = DataFolderLock.acquire(dataDir);
        return start(dataDir, lock, 0, durable);
    }

    private static EmbeddedDatabase start(Path dataDir, DataFolderLock lock, int port, boolean durable) {
        try {
            OrphanedServer.stopIfRunning(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("max_connections", "100");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, lock);
            database.createDatabaseIfMissing();
            LOG.infof("Embedded PostgreSQL running on 127.0.0.1:%d with data in %s", postgres.getPort(), dataDir);
            return database;
        } catch (IOException | RuntimeException e) {
            lock.release();
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * A port the system just handed out on loopback, as zonky itself picks one when given none;
     * chosen here so that the URL is known before the server runs.
     */
    private static int freeLoopbackPort(DataFolderLock lock) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            lock.release();
            throw new IllegalStateException("No free port on 127.0.0.1 for the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static String jdbcUrl(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public String jdbcUrl() {
        return jdbcUrl(postgres.getPort());
    }

    public int port() {
        return postgres.getPort();
    }

    /** Stops the server and releases the data folder; safe to call more than once. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.release();
            stopped = true;
        }
    }

    /**
     * On a signal or System.exit the JVM runs Quarkus' shutdown hook and this one at the same
     * time. The server must outlive the application (its pool, its last transactions), so this
     * waits for Quarkus to finish stopping, up to a bound, then stops the server (once it has
     * started: a start still under way is waited for, so no postmaster is left behind).
     */
    private static void stopAfterQuarkus(CompletableFuture<EmbeddedDatabase> started) {
        Application application = Application.currentApplication();
        if (application != null) {
            Thread waiter = new Thread(application::awaitShutdown, "await-quarkus-shutdown");
            waiter.setDaemon(true);
            waiter.start();
            try {
                waiter.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            started.get(60, TimeUnit.SECONDS).stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // it never started, so there is nothing to stop; the start's own error was reported
        }
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + DATABASE + " TEMPLATE template0 ENCODING 'UTF8'"
                    + " LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE + ": " + e.getMessage(), e);
        }
    }

    static Path configuredDataDir() {
        String configured = System.getProperty(DATA_DIR_PROPERTY);
        if (!isSet(configured)) {
            configured = System.getenv(DATA_DIR_ENV);
        }
        if (isSet(configured)) {
            return Paths.get(configured).toAbsolutePath();
        }
        return Paths.get(System.getProperty("user.home"), ".value-network", "pgdata");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the data folder " + dir + ": " + e.getMessage(), e);
        }
    }
}
