package io.cadre.platform.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes appending to one person at the same moment: the second append meets the first's row at the same
 * sequence number. A trigger plays the other node, storing a rival row just before Cadre's own (within Cadre's
 * transaction, so both vanish when it rolls back) for as many attempts as the test asks. Cadre retries once;
 * a second clash is a 409 that records nothing, never a 500.
 */
@IntegrationTest
class ConcurrentAppendTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private Api api;
    private UUID person;

    @BeforeEach
    void rivalNode() {
        api = Api.asAdmin(port);
        UUID team = api.formTeam("Contended " + UUID.randomUUID(), null, LocalDate.of(2024, 1, 1));
        person = api.hire("Rival Subject", team, null, LocalDate.of(2024, 1, 1));
        jdbc.execute("create table if not exists test_rival_append (aggregate_identifier varchar(255) primary key, clashes int not null)");
        jdbc.execute("create sequence if not exists test_rival_attempts");
        jdbc.execute("""
                create or replace function test_rival_append() returns trigger language plpgsql as $$
                declare wanted int;
                begin
                    if pg_trigger_depth() > 1 then
                        return new;
                    end if;
                    select clashes into wanted from test_rival_append where aggregate_identifier = new.aggregate_identifier;
                    if found and nextval('test_rival_attempts') <= wanted then
                        insert into domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                                meta_data, payload, payload_revision, payload_type, time_stamp)
                        values (new.aggregate_identifier, new.sequence_number, new.type, gen_random_uuid()::text,
                                new.meta_data, new.payload, new.payload_revision, new.payload_type, new.time_stamp);
                    end if;
                    return new;
                end $$""");
        jdbc.execute("create or replace trigger test_rival_append before insert on domain_event_entry"
                + " for each row execute function test_rival_append()");
    }

    @AfterEach
    void rivalLeaves() {
        jdbc.execute("drop trigger if exists test_rival_append on domain_event_entry");
        jdbc.execute("drop function if exists test_rival_append()");
        jdbc.execute("drop table if exists test_rival_append");
        jdbc.execute("drop sequence if exists test_rival_attempts");
    }

    @Test
    void oneClashIsRetriedAndTheChangeIsRecordedOnce() {
        clashes(1);

        api.post("/api/people/" + person + "/title", Api.body("title", "Staff Engineer", "reason", "Growth")).expect(200);

        assertThat(titleChanges()).isEqualTo(1);
        assertThat(attempts()).isEqualTo(2);
        assertThat(api.get("/api/people/" + person).json().get("title").asString()).isEqualTo("Staff Engineer");
    }

    @Test
    void twoClashesInARowAnswer409AndRecordNothing() {
        clashes(2);
        long before = events();

        Api.Response refused = api.post("/api/people/" + person + "/title", Api.body("title", "Principal", "reason", "Growth"))
                .expectProblem(409);

        assertThat(refused.json().get("title").asString()).isEqualTo("Changed at the same moment");
        assertThat(refused.json().get("detail").asString()).contains(person.toString()).contains("retry");
        assertThat(events()).isEqualTo(before);
        assertThat(titleChanges()).isZero();
    }

    private void clashes(int count) {
        jdbc.update("insert into test_rival_append values (?, ?)", person.toString(), count);
    }

    private long attempts() {
        return jdbc.queryForObject("select last_value from test_rival_attempts", Long.class);
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class,
                person.toString());
    }

    private long titleChanges() {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?"
                + " and payload_type like '%TitleChanged'", Long.class, person.toString());
    }
}
