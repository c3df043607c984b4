package io.cadre;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadre.support.Api;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Cadre as `./mvnw spring-boot:run` starts it: its own PostgreSQL that keeps data, or an external one. */
class StartupTest {

    private static ConfigurableApplicationContext start(String... properties) {
        String[] arguments = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("server.port=0", "cadre.admin-password=startup-secret", "logging.level.root=WARN"),
                        java.util.Arrays.stream(properties))
                .map(p -> "--" + p).toArray(String[]::new);
        return new SpringApplicationBuilder(CadreApplication.class).run(arguments);
    }

    private static Api api(ConfigurableApplicationContext context) {
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        return Api.as(port, "admin", "startup-secret");
    }

    @Test
    void theEmbeddedDatabaseKeepsTheOrganisationAcrossARestart(@TempDir Path dataDir) {
        UUID team;
        try (ConfigurableApplicationContext first = start("cadre.data-dir=" + dataDir)) {
            team = api(first).formTeam("Survivors", null, LocalDate.of(2024, 1, 1));
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
        }
        assertThat(dataDir.resolve("postgres")).isDirectory();
        try (ConfigurableApplicationContext second = start("cadre.data-dir=" + dataDir)) {
            assertThat(api(second).get("/api/teams/" + team).expect(200).json().get("name").asString()).isEqualTo("Survivors");
        }
    }

    @Test
    void aConfiguredDataSourceReplacesTheEmbeddedDatabase(@TempDir Path unusedDataDir) throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start();
             ConfigurableApplicationContext context = start(
                     "spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
                     "spring.datasource.username=postgres", "spring.datasource.password=",
                     "cadre.data-dir=" + unusedDataDir)) {
            assertThat(context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
            UUID team = api(context).formTeam("Outside", null, LocalDate.of(2024, 1, 1));
            Long stored = new JdbcTemplate(external.getPostgresDatabase()).queryForObject(
                    "select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class, team.toString());
            assertThat(stored).isEqualTo(1L);
            assertThat(unusedDataDir.resolve("postgres")).doesNotExist();
        }
    }
}
