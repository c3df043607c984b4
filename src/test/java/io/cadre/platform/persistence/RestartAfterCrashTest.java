package io.cadre.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cadre killed with kill -9 leaves its embedded PostgreSQL running on the data directory; the next start must shut
 * that leftover down and start on the same data, with nothing lost and nobody stopping anything by hand.
 */
class RestartAfterCrashTest {

    @TempDir
    Path dataDir;

    @AfterEach
    void noServerOutlivesTheTest() throws Exception {
        EmbeddedDatabase.runningServer(dataDir.resolve("postgres")).ifPresent(ProcessHandle::destroy);
    }

    @Test
    void aNewStartTakesOverTheDataDirectoryOfAKilledCadre() throws Exception {
        Path dir = dataDir.resolve("postgres");
        Process crashed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashedCadre.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(crashed.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = output.readLine();
            } while (line != null && !line.equals("READY"));
            assertThat(line).as("the first Cadre's database started").isEqualTo("READY");
        }
        crashed.destroyForcibly();   // SIGKILL: no shutdown hook, no chance to stop PostgreSQL
        assertThat(crashed.waitFor(30, TimeUnit.SECONDS)).isTrue();
        ProcessHandle leftover = EmbeddedDatabase.runningServer(dir).orElseThrow(
                () -> new AssertionError("the killed Cadre's PostgreSQL should still be running"));

        try (EmbeddedPostgres restarted = EmbeddedDatabase.start(dir, false);
             Connection connection = restarted.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select note from before_the_crash")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("kept");
            assertThat(leftover.isAlive()).isFalse();
        }
    }
}
