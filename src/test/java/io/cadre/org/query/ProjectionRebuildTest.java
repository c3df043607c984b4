package io.cadre.org.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadre.platform.replay.ProjectionRebuild;
import io.cadre.platform.projection.ReadModels;
import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Read models are disposable: dropping them and replaying the event store gives exactly the rows the
 * incremental build wrote, whatever order the effective dates of the history came in.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectionRebuildTest {

    /** Every read-model table with its key columns, so that two dumps list rows in the same order. */
    private static final Map<String, String> READ_MODELS = new LinkedHashMap<>();

    static {
        READ_MODELS.put("chart_change", "subject_id, seq, field");
        READ_MODELS.put("chart_person_state", "person_id, valid_from");
        READ_MODELS.put("chart_team_state", "team_id, valid_from");
        READ_MODELS.put("chart_subject", "subject_id");
        READ_MODELS.put("history_entry", "event_id");
        READ_MODELS.put("ladder_view", "id");
        READ_MODELS.put("ladder_version", "ladder_id, version");
        READ_MODELS.put("level_step", "event_id");
        READ_MODELS.put("objective", "id");
        READ_MODELS.put("objective_change", "objective_id, seq, item");
    }

    /** When each subject was last written is bookkeeping for readers (a replay writes it anew), not part of the model. */
    private static final Map<String, String> COMPARED = Map.of("chart_subject", "(select subject_id, kind, version from chart_subject)");

    /** One history row per organisation event, and each subject's chart version at its aggregate's last event. */
    private static final String CAUGHT_UP = """
            select (select count(*) from history_entry)
                   = (select count(*) from domain_event_entry where payload_type like 'io.cadre.org.api.%')
               and not exists (
                   select aggregate_identifier, max(sequence_number) from domain_event_entry
                   where payload_type like 'io.cadre.org.api.%' group by aggregate_identifier
                   except select cast(subject_id as text), version from chart_subject)
               and not exists (
                   select cast(subject_id as text) from chart_subject
                   except select aggregate_identifier from domain_event_entry)
            """;

    private History sharedHistory;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectionRebuild rebuild;

    /**
     * Another test's rebuild may still be replaying; the dump taken as the reference has to come from read
     * models that hold every event, or a failure here would only echo that one.
     */
    @BeforeEach
    void readModelsHoldEveryEvent() {
        Awaitility.await("read models to hold every event").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> Boolean.TRUE.equals(jdbc.queryForObject(CAUGHT_UP, Boolean.class)));
    }

    @Test
    void aRebuildWritesExactlyTheRowsOfTheIncrementalBuild() {
        History history = history();
        Map<String, List<String>> incremental = dump();
        assertThat(incremental.get("chart_subject")).anyMatch(row -> row.contains(history.leaver().toString()));
        assertThat(incremental.get("history_entry")).anyMatch(row -> row.contains("PersonLeft"));
        damageReadModels(history);
        assertThat(dump()).isNotEqualTo(incremental);

        long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        ProjectionRebuild.Rebuilt rebuilt = rebuild.rebuildAll(Duration.ofMinutes(2));

        assertThat(rebuilt.processors()).containsExactlyInAnyOrder(ReadModels.PROCESSOR, "audit", "reports");
        // Every event stored before went in through the bulk replay, not through the processor's own catch-up.
        assertThat(rebuilt.replayedEvents()).isGreaterThanOrEqualTo(events);
        assertSameRows(dump(), incremental);
    }

    @Test
    void anAdministratorRebuildsEveryProjectionThroughTheApi() {
        History history = history();
        Map<String, List<String>> incremental = dump();
        damageReadModels(history);
        assertThat(Api.anonymous(port).postRaw("/api/admin/projections/rebuild", null, "").status()).isEqualTo(401);

        JsonNode answer = Api.asAdmin(port).postRaw("/api/admin/projections/rebuild", null, "").expect(200).json();

        List<String> rebuilt = new ArrayList<>();
        answer.get("rebuilt").forEach(name -> rebuilt.add(name.asString()));
        assertThat(rebuilt).containsExactlyInAnyOrder(ReadModels.PROCESSOR, "audit", "reports");
        assertThat(answer.get("replayedEvents").asLong()).isPositive();
        assertSameRows(dump(), incremental);
        // The rebuilt chart still answers as of a date before the back-dated changes and after the future ones.
        assertThat(Api.asAdmin(port).get("/api/org-chart?asOf=2024-03-15").expect(200).body())
                .contains(history.leaver().toString());
        assertThat(Api.asAdmin(port).get("/api/org-chart?asOf=2999-01-01").expect(200).body())
                .doesNotContain(history.leaver().toString());
    }

    @Test
    void aRebuildPutsBackEveryTableWithItsOwnIndexesAndConstraintsAndClearsWhatACrashedOneLeft() {
        history();
        String tables = "'" + String.join("', '", rebuild.tables()) + "'";
        String shape = "select tablename || ' ' || indexdef from pg_indexes where schemaname = current_schema() and tablename in ("
                + tables + ") union all select conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)"
                + " from pg_constraint where conrelid::regclass::text in (" + tables + ") order by 1";
        List<String> before = jdbc.queryForList(shape, String.class);
        assertThat(before).anyMatch(index -> index.contains("CREATE INDEX audit_entry_actor ON"))
                .anyMatch(index -> index.contains("chart_change chart_change_pkey PRIMARY KEY"));
        // What a rebuild that crashed half-way would have left: twins not yet in place, or tables moved aside.
        jdbc.execute("create schema cadre_rebuild; create table cadre_rebuild.audit_entry (half text)");
        jdbc.execute("create schema cadre_replaced; create table cadre_replaced.history_entry (old text)");
        Map<String, List<String>> incremental = dump();

        rebuild.rebuildAll(Duration.ofMinutes(2));

        assertThat(jdbc.queryForList(shape, String.class)).containsExactlyElementsOf(before);
        assertThat(jdbc.queryForList("select nspname from pg_namespace where nspname in ('cadre_rebuild', 'cadre_replaced')",
                String.class)).as("schemas left").isEmpty();
        assertSameRows(dump(), incremental);
    }

    @Test
    void processorsReplayingByThemselvesRebuildInTheLiveTables() {
        History history = history();
        Map<String, List<String>> incremental = dump();
        damageReadModels(history);

        ProjectionRebuild.Rebuilt rebuilt = rebuild.rebuildByProcessors(Duration.ofMinutes(2));

        assertThat(rebuilt.processors()).containsExactlyInAnyOrder(ReadModels.PROCESSOR, "audit", "reports");
        assertThat(rebuilt.replayedEvents()).as("events replayed in bulk").isZero();
        assertSameRows(dump(), incremental);
        assertThat(jdbc.queryForObject("select count(*) from pg_tables where tablename like 'rebuild_aside_%'", Long.class))
                .as("copies left").isZero();
    }

    /** Every API call costs a password check, so both tests share one history; each damages and rebuilds on its own. */
    private History history() {
        if (sharedHistory == null) {
            sharedHistory = createHistory();
        }
        return sharedHistory;
    }

    /** A small org with back-dated, same-day and future-dated changes, a leave that moves reports and a dissolution. */
    private History createHistory() {
        Api api = Api.asAdmin(port);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        LocalDate future = LocalDate.now(ZoneOffset.UTC).plusMonths(6);
        UUID org = api.formTeam("Rebuild org " + tag, null, LocalDate.of(2024, 1, 1));
        UUID platform = api.formTeam("Platform " + tag, org, LocalDate.of(2024, 1, 1));
        UUID payments = api.formTeam("Payments " + tag, org, LocalDate.of(2024, 2, 1));
        UUID tooling = api.formTeam("Tooling " + tag, platform, LocalDate.of(2024, 2, 1));
        UUID director = api.hire("Director " + tag, org, null, LocalDate.of(2024, 1, 1));
        UUID leaver = api.hire("Leaver " + tag, platform, director, LocalDate.of(2024, 1, 15));
        UUID first = api.hire("First report " + tag, platform, leaver, LocalDate.of(2024, 2, 1));
        UUID second = api.hire("Second report " + tag, tooling, leaver, LocalDate.of(2024, 3, 1));
        UUID tooler = api.hire("Tooler " + tag, tooling, director, LocalDate.of(2024, 3, 1));
        UUID newcomer = api.hire("Newcomer " + tag, payments, director, future);

        post(api, "/api/people/" + first + "/title", Map.of("title", "Staff Engineer", "effectiveDate", "2024-09-01"));
        // Back-dated before the change above, and a second change on the same day as it.
        post(api, "/api/people/" + first + "/title", Map.of("title", "Senior Engineer", "effectiveDate", "2024-04-01"));
        post(api, "/api/people/" + first + "/level", Map.of("level", "L5", "kind", "PROMOTION", "effectiveDate", "2024-09-01"));
        post(api, "/api/people/" + second + "/transfer", Map.of("teamId", payments.toString(), "effectiveDate", future.toString()));
        post(api, "/api/people/" + second + "/transfer", Map.of("teamId", platform.toString(), "effectiveDate", "2024-06-01"));
        post(api, "/api/teams/" + platform + "/lead", Map.of("personId", leaver.toString(), "effectiveDate", "2024-05-01"));
        post(api, "/api/teams/" + payments + "/rename", Map.of("name", "Payments and billing " + tag, "effectiveDate",
                future.plusDays(1).toString()));
        post(api, "/api/teams/" + tooling + "/move", Map.of("parentId", payments.toString(), "effectiveDate", "2024-05-01"));
        post(api, "/api/people/" + newcomer + "/manager", Map.of("managerId", first.toString(), "effectiveDate",
                future.plusDays(10).toString()));
        // The first report takes over: they get the leaver's manager, the other report gets them, the lead is cleared.
        post(api, "/api/people/" + leaver + "/leave", Map.of("kind", "VOLUNTARY", "newManagerForReports", first.toString(),
                "effectiveDate", "2024-10-01"));
        post(api, "/api/people/" + tooler + "/title", Map.of("title", "Build Engineer", "effectiveDate", "2024-10-15"));
        post(api, "/api/teams/" + tooling + "/dissolve", Map.of("moveMembersTo", payments.toString(), "effectiveDate",
                "2024-11-01"));
        // Refused commands record nothing, so they must leave no trace in any rebuild either.
        assertThat(api.post("/api/people/" + director + "/manager", Map.of("managerId", first.toString(),
                "effectiveDate", "2024-12-01")).status()).isEqualTo(409);
        return new History(org, leaver, first);
    }

    private static void post(Api api, String path, Map<String, Object> body) {
        api.post(path, body).expect(200);
    }

    /**
     * Leaves the read models in a state only a real replay repairs: rows missing, a row altered, and a row
     * that no event explains.
     */
    private void damageReadModels(History history) {
        assertThat(jdbc.update("delete from chart_subject where subject_id = ?", history.leaver())).isEqualTo(1);
        assertThat(jdbc.update("delete from chart_person_state where person_id = ?", history.first())).isPositive();
        assertThat(jdbc.update("update history_entry set reason = 'tampered' where subject_id = ?", history.org())).isPositive();
        jdbc.update("insert into chart_subject (subject_id, kind, version) values (?, 'TEAM', 7)", UUID.randomUUID());
    }

    private Map<String, List<String>> dump() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        READ_MODELS.forEach((table, keys) -> rows.put(table,
                jdbc.queryForList("select cast(t as text) from " + COMPARED.getOrDefault(table, table) + " t order by " + keys,
                        String.class)));
        return rows;
    }

    private static void assertSameRows(Map<String, List<String>> actual, Map<String, List<String>> expected) {
        for (String table : READ_MODELS.keySet()) {
            assertThat(actual.get(table)).as("rows of %s", table).containsExactlyElementsOf(expected.get(table));
        }
    }

    private record History(UUID org, UUID leaver, UUID first) {
    }
}
