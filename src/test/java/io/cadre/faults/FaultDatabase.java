package io.cadre.faults;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The PostgreSQL the nodes share, run by the harness on a directory and port of its own so that it can be killed with
 * SIGKILL (the postmaster and every backend, as a crash of the server's machine leaves it) and started again on the same
 * files, where it recovers from its write-ahead log. Durable: every commit it acknowledged must survive.
 */
final class FaultDatabase implements AutoCloseable {

    private final Path dir;
    private final int port;
    private EmbeddedPostgres server;

    FaultDatabase(Path dir) throws IOException {
        this.dir = dir;
        this.port = CadreNode.freePort();
    }

    void start() throws IOException {
        Files.createDirectories(dir);
        server = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("max_connections", "120").setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .start();
    }

    /** SIGKILL to every PostgreSQL process of this directory, then the library's hold on the directory let go. */
    void kill() throws IOException, InterruptedException {
        ProcessHandle postmaster = postmaster().orElseThrow(() -> new IllegalStateException("No PostgreSQL runs on " + dir));
        List<ProcessHandle> backends = postmaster.descendants().toList();
        postmaster.destroyForcibly();
        backends.forEach(ProcessHandle::destroyForcibly);
        postmaster.onExit().join();
        for (ProcessHandle backend : backends) {
            backend.onExit().join();
        }
        // Stopping a dead server fails (and is logged); the directory's lock is released either way.
        server.close();
    }

    private Optional<ProcessHandle> postmaster() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("postmaster.pid"));
        return ProcessHandle.of(Long.parseLong(lines.getFirst().strip()));
    }

    /**
     * Begins an append of an event of an aggregate no one else writes, and holds its transaction open until closed, then
     * rolls it back: its global index is taken and never committed, a gap the processors must look past, as a node
     * stuck mid-append leaves one.
     */
    AutoCloseable holdAnAppendOpen() throws java.sql.SQLException {
        java.sql.Connection connection = server.getPostgresDatabase().getConnection();
        connection.setAutoCommit(false);
        try (var insert = connection.prepareStatement("insert into domain_event_entry (aggregate_identifier, sequence_number, type,"
                + " event_identifier, payload, payload_type, time_stamp) values (?, 0, 'Harness', ?, ?, 'harness.Held', ?)")) {
            insert.setString(1, java.util.UUID.randomUUID().toString());
            insert.setString(2, java.util.UUID.randomUUID().toString());
            insert.setBytes(3, "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            insert.setString(4, java.time.Instant.now().toString());
            insert.executeUpdate();
        }
        return () -> {
            connection.rollback();
            connection.close();
        };
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    JdbcTemplate jdbc() {
        return new JdbcTemplate(server.getPostgresDatabase());
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            server.close();
        }
    }
}
