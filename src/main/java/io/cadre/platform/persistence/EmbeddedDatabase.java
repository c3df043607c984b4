package io.cadre.platform.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded PostgreSQL on Cadre's data directory. A Cadre killed without a chance to stop it (kill -9,
 * a power cut of the JVM only) leaves its PostgreSQL running on that directory, and a new server cannot start
 * there; so when no living Cadre holds the directory, such a leftover server is shut down first.
 */
public final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    /** The lock file the embedded server's library holds for as long as the JVM that started it lives. */
    private static final String OWNER_LOCK = "epg-lock";
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private EmbeddedDatabase() {
    }

    /** Starts PostgreSQL with its data in {@code dir}, after stopping a server a dead Cadre left running there. */
    public static EmbeddedPostgres start(Path dir, boolean durable) throws IOException {
        return start(dir, durable, Map.of());
    }

    /** Starts PostgreSQL as {@link #start(Path, boolean)} does, with further server settings, which win. */
    public static EmbeddedPostgres start(Path dir, boolean durable, Map<String, String> settings) throws IOException {
        Files.createDirectories(dir);
        stopLeftoverServer(dir);
        // Spring closes the database after Axon has stopped; a JVM shutdown hook could kill it first.
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "100")
                // The embedded server's own defaults trade durability for speed (no fsync); the organisation's
                // record is kept durable unless a throwaway test database says otherwise.
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off")
                .setServerConfig("full_page_writes", durable ? "on" : "off");
        settings.forEach(builder::setServerConfig);
        return builder.start();
    }

    private static void stopLeftoverServer(Path dir) throws IOException {
        Optional<ProcessHandle> server = runningServer(dir);
        if (server.isEmpty()) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dir.resolve(OWNER_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock owner = channel.tryLock()) {
            if (owner == null) {
                // A living Cadre uses this directory: leave its server alone (starting will then say the directory is locked).
                return;
            }
            log.warn("A PostgreSQL (pid {}) left running on {} by a Cadre that did not stop is being shut down", server.get().pid(), dir);
            shutDown(server.get());
        }
    }

    /** The postmaster named in the directory's {@code postmaster.pid}, if that process still runs PostgreSQL. */
    static Optional<ProcessHandle> runningServer(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.getFirst().strip()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(command -> command.contains("postgres")).orElse(false));
    }

    private static void shutDown(ProcessHandle server) {
        // SIGTERM is PostgreSQL's smart shutdown: the dead Cadre's sessions are gone, so it stops at once and cleanly.
        server.destroy();
        if (!exited(server, SHUTDOWN_WAIT)) {
            log.warn("PostgreSQL (pid {}) did not stop within {}; killing it", server.pid(), SHUTDOWN_WAIT);
            server.destroyForcibly();
            if (!exited(server, SHUTDOWN_WAIT)) {
                throw new IllegalStateException("A leftover PostgreSQL (pid " + server.pid() + ") would not stop");
            }
        }
    }

    private static boolean exited(ProcessHandle server, Duration wait) {
        try {
            server.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not follow the leftover PostgreSQL (pid " + server.pid() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while a leftover PostgreSQL shut down", e);
        }
    }
}
