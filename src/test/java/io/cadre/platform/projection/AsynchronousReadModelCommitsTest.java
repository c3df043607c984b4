package io.cadre.platform.projection;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The read models' batches commit without waiting for the disk, the commands' transactions (which store the events) with.
 * Triggers note the setting in force, and where it comes from, wherever a command writes its rule timeline and a batch
 * writes the history: the batch sets its own, the command keeps the server's (which for the test database, unlike a
 * real one, is not to wait either).
 */
@IntegrationTest
class AsynchronousReadModelCommitsTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void probe() {
        jdbc.execute("create table commit_probe (written text, setting text)");
        jdbc.execute("""
                create function note_commit_setting() returns trigger language plpgsql as $$
                begin
                  insert into commit_probe select tg_table_name, setting || ' from ' || source from pg_settings
                    where name = 'synchronous_commit';
                  return null;
                end $$""");
        jdbc.execute("create trigger commit_probe after insert on rule_change for each statement execute function note_commit_setting()");
        jdbc.execute("create trigger commit_probe after insert on history_entry for each statement execute function note_commit_setting()");
    }

    @AfterEach
    void removeProbe() {
        jdbc.execute("drop trigger commit_probe on rule_change");
        jdbc.execute("drop trigger commit_probe on history_entry");
        jdbc.execute("drop function note_commit_setting()");
        jdbc.execute("drop table commit_probe");
    }

    @Test
    void readModelBatchesCommitAsynchronouslyAndCommandsDurably() {
        Api.asAdmin(port).formTeam("Durable " + UUID.randomUUID(), null, LocalDate.of(2024, 1, 1));

        List<String> noted = jdbc.queryForList("select distinct written || ' ' || setting from commit_probe order by 1", String.class);
        assertThat(noted).hasSize(2);
        assertThat(noted.get(0)).isEqualTo("history_entry off from session");
        assertThat(noted.get(1)).startsWith("rule_change ").doesNotContain("from session");
    }
}
