package io.cadre.platform.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.cadre.support.IntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A rebuild builds twins beside the live tables only where Cadre owns them: where migrations ran as another role, the
 * twins would belong to Cadre's role and later migrations could not alter them, so it rebuilds in the live tables.
 */
@IntegrationTest
class ReadModelShadowTest {

    private static final List<String> TABLES = List.of("audit_entry", "history_entry");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HikariDataSource database;

    @Test
    void twinsAreBuiltOnlyByTheRoleThatOwnsTheTables() {
        assertThat(ReadModelShadow.possible(jdbc, TABLES)).as("as the owner").isTrue();

        String role = "cadre_app_" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.execute("create role " + role + " login password 'app'");
        jdbc.execute("grant create on database " + jdbc.queryForObject("select current_database()", String.class) + " to " + role);
        jdbc.execute("grant usage, create on schema public to " + role);
        jdbc.execute("grant select, insert, update, delete, truncate on all tables in schema public to " + role);
        // The pool's address names its user; this connection signs in as the other role.
        String address = database.getJdbcUrl().replaceAll("\\?.*", "");
        try (SingleConnectionDataSource asApp = new SingleConnectionDataSource(address, role, "app", true)) {
            JdbcTemplate app = new JdbcTemplate(asApp);
            assertThat(app.queryForObject("select current_user", String.class)).isEqualTo(role);
            assertThat(ReadModelShadow.possible(app, TABLES)).as("as a role that does not own them").isFalse();
        } finally {
            jdbc.execute("drop owned by " + role);
            jdbc.execute("drop role " + role);
        }
    }
}
