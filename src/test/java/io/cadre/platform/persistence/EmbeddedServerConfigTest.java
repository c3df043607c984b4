package io.cadre.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** {@code cadre.embedded-db.server-config.<setting>} reaches the embedded PostgreSQL under PostgreSQL's own name. */
class EmbeddedServerConfigTest {

    @TempDir
    Path dataDir;

    @Test
    void aSettingNamedWithDashesIsTheServersSettingWithUnderscores() throws Exception {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("cadre.embedded-db.server-config.max-wal-size", "3GB")
                .withProperty("cadre.embedded-db.server-config.checkpoint-timeout", "20min");
        Map<String, String> settings = EmbeddedDatabaseConfiguration.serverConfig(environment);
        assertThat(settings).containsExactly(Map.entry("checkpoint_timeout", "20min"), Map.entry("max_wal_size", "3GB"));

        try (EmbeddedPostgres postgres = EmbeddedDatabase.start(dataDir.resolve("postgres"), false, settings);
             Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select current_setting('max_wal_size'), current_setting('checkpoint_timeout')")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("3GB");
            assertThat(rows.getString(2)).isEqualTo("20min");
        }
    }

    @Test
    void noSettingsLeavesTheServersOwn() {
        assertThat(EmbeddedDatabaseConfiguration.serverConfig(new MockEnvironment())).isEmpty();
    }
}
