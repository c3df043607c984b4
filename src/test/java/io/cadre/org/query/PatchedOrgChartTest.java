package io.cadre.org.query;

import io.cadre.shared.Role;
import io.cadre.platform.security.SystemIdentity;
import static io.cadre.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;

import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.GetChartTeams;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.OrgChart;
import io.cadre.platform.replay.ProjectionRebuild;
import io.cadre.platform.gateway.Queries;
import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.test.context.TestPropertySource;

/**
 * A whole-organisation chart kept from before a change is patched with what the change touched, not built again: after
 * every kind of change, dated in the past, today or the future, the chart answered equals one built from the read
 * model alone, row for row and in the same order, on today, on a past and on a future date, and through REST it is
 * the JSON of that chart. A change committed after a newer one is not missed, and a replay of the projections leaves
 * nothing of the kept chart behind.
 */
@IntegrationTest
// A database of its own: whether a kept chart is patched or built afresh depends on every transaction running meanwhile,
// and other tests' work in a shared database (open transactions, many subjects written) makes it rebuild instead.
@TestPropertySource(properties = "cadre.test.context=patched-chart")
class PatchedOrgChartTest {

    private static final SystemIdentity READER = new SystemIdentity("chart-test", Role.ADMIN);

    @LocalServerPort
    int port;
    @Autowired
    Queries queries;
    @Autowired
    OrgCharts charts;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectionRebuild rebuild;
    @Autowired
    Clock clock;
    @Autowired
    DataSource dataSource;

    private Api admin;
    private List<LocalDate> dates;

    @Test
    void aPatchedChartEqualsOneBuiltAfreshAfterEveryKindOfChange() {
        admin = Api.asAdmin(port);
        LocalDate today = LocalDate.now(clock);
        LocalDate founded = today.minusYears(1);
        dates = List.of(today, today.minusMonths(2), today.plusMonths(3));
        String s = UUID.randomUUID().toString().substring(0, 6);

        UUID root = admin.formTeam("Root " + s, null, founded);
        UUID apps = admin.formTeam("Apps " + s, root, founded);
        UUID data = admin.formTeam("data " + s, root, founded);
        UUID spare = admin.formTeam("Spare " + s, root, founded);
        UUID boss = admin.hire("Boss " + s, apps, null, founded);
        UUID ann = admin.hire("Ann " + s, apps, boss, founded);
        UUID bob = admin.hire("bob " + s, data, boss, founded);
        // Equal names: their order is the ids'.
        UUID twin = admin.hire("Twin " + s, data, boss, founded);
        admin.hire("twin " + s, apps, boss, founded);
        compareAll();
        long patchedBefore = charts.patchedCount();

        UUID cat = admin.hire("Cat " + s, data, boss, today.minusDays(10));
        compareAll();
        post("/api/people/" + ann + "/leave", body("kind", "VOLUNTARY", "newManagerForReports", boss, "effectiveDate", today.minusDays(3)));
        compareAll();
        // Back-dated before the past date compared.
        post("/api/people/" + bob + "/transfer", body("teamId", apps, "effectiveDate", today.minusMonths(6)));
        compareAll();
        post("/api/people/" + twin + "/manager", body("managerId", cat, "effectiveDate", today));
        compareAll();
        post("/api/people/" + cat + "/title", body("title", "Staff Engineer", "effectiveDate", today.minusDays(1)));
        compareAll();
        // From last in the order to first.
        post("/api/teams/" + spare + "/rename", body("name", "Aardvarks " + s, "effectiveDate", today.minusMonths(3)));
        compareAll();
        UUID mobile = admin.formTeam("Mobile " + s, apps, today.minusDays(20));
        compareAll();
        post("/api/teams/" + data + "/move", body("parentId", apps, "effectiveDate", today.minusDays(5)));
        compareAll();
        post("/api/teams/" + mobile + "/dissolve", body("effectiveDate", today.minusDays(2)));
        compareAll();
        post("/api/teams/" + data + "/dissolve", body("moveMembersTo", apps, "effectiveDate", today.plusMonths(1)));
        compareAll();
        post("/api/people/" + boss + "/title", body("title", "Director", "effectiveDate", today.plusMonths(2)));
        compareAll();
        admin.hire("Newcomer " + s, apps, boss, today.plusMonths(2));
        compareAll();

        // Each of the twelve changes patched the chart of each date (anything else moving the projection, more often).
        assertThat(charts.patchedCount() - patchedBefore).isGreaterThanOrEqualTo(12L * dates.size());
    }

    /**
     * Transactions need not commit in the order they began (two segments side by side, two nodes): a change made by
     * one that began before a newer change, and commits after it, is still found by the next patch.
     */
    @Test
    void aChangeCommittedAfterANewerOneIsStillFound() throws SQLException {
        admin = Api.asAdmin(port);
        LocalDate today = LocalDate.now(clock);
        dates = List.of(today);
        String s = UUID.randomUUID().toString().substring(0, 6);
        UUID team = admin.formTeam("Late " + s, null, today.minusYears(1));
        // Untouched from here on: were every subject written since the chart was kept, it would be built afresh.
        admin.formTeam("Unchanged " + s, team, today.minusYears(1));
        UUID person = admin.hire("Late person " + s, team, null, today.minusYears(1));
        compareAll();
        try {
            try (Connection late = dataSource.getConnection()) {
                late.setAutoCommit(false);
                rename(late, team, "Renamed late " + s);
                post("/api/people/" + person + "/title", body("title", "Newer", "effectiveDate", today));
                assertThat(teamName(team, today)).isEqualTo("Late " + s);
                late.commit();
            }
            post("/api/people/" + person + "/title", body("title", "Newest", "effectiveDate", today));
            long patchedBefore = charts.patchedCount();
            assertThat(teamName(team, today)).isEqualTo("Renamed late " + s);
            assertThat(charts.patchedCount()).isGreaterThan(patchedBefore);
            compareAll();
        } finally {
            // The name the events give, back the same way, so that the read model is what a replay would write.
            try (Connection restore = dataSource.getConnection()) {
                rename(restore, team, "Late " + s);
            }
        }
        post("/api/people/" + person + "/title", body("title", "Restored", "effectiveDate", today));
        assertThat(teamName(team, today)).isEqualTo("Late " + s);
        compareAll();
    }

    /** Renames the team in the read model as a projection batch would write it, marking it touched. */
    private static void rename(Connection connection, UUID team, String name) throws SQLException {
        try (var statement = connection.prepareStatement("update chart_team_state set name = ? where team_id = ?")) {
            statement.setString(1, name);
            statement.setObject(2, team);
            statement.executeUpdate();
        }
        try (var statement = connection.prepareStatement("update chart_subject"
                + " set touched = cast(cast(pg_current_xact_id() as text) as bigint) where subject_id = ?")) {
            statement.setObject(1, team);
            statement.executeUpdate();
        }
    }

    private String teamName(UUID team, LocalDate date) {
        return chart(date).teams().stream().filter(t -> t.id().equals(team)).findFirst().orElseThrow().name();
    }

    @Test
    void aReplayLeavesNoRowOfTheKeptChartBehind() {
        admin = Api.asAdmin(port);
        LocalDate today = LocalDate.now(clock);
        dates = List.of(today);
        String s = UUID.randomUUID().toString().substring(0, 6);
        UUID root = admin.formTeam("Replayed " + s, null, today.minusYears(1));
        UUID person = admin.hire("Replayed person " + s, root, null, today.minusYears(1));
        compareAll();
        // A team no event explains, written as the projection would: the kept chart takes it in with the next change,
        // and only the replay, which starts the read model afresh, knows it is gone.
        UUID ghost = UUID.randomUUID();
        jdbc.update("insert into chart_team_state (team_id, valid_from, active, name, kind) values (?, ?, true, ?, 'TEAM')",
                ghost, today.minusYears(1), "Ghost " + s);
        jdbc.update("insert into chart_subject (subject_id, kind, version) values (?, 'TEAM', 0)", ghost);
        post("/api/people/" + person + "/title", body("title", "Replayer", "effectiveDate", today));
        assertThat(chart(today).teams()).extracting(ChartTeam::id).contains(ghost);

        rebuild.rebuildAll(Duration.ofMinutes(2));

        assertThat(chart(today).teams()).extracting(ChartTeam::id).doesNotContain(ghost).contains(root);
        compareAll();
    }

    private void post(String path, Object body) {
        admin.post(path, body).expect(200);
    }

    /** Asked as Cadre's own work, whose scope is everyone (a query nobody asks sees no one's level). */
    private OrgChart chart(LocalDate date) {
        return READER.call(() -> queries.ask(new GetOrgChart(date, null), OrgChart.class));
    }

    /** The chart each date answers, through the query and through REST, against one built from the read model alone. */
    private void compareAll() {
        for (LocalDate date : dates) {
            OrgChart answered = chart(date);
            OrgChart fresh = charts.build(date, null);
            assertThat(answered.teams()).as("teams on %s", date).containsExactlyElementsOf(fresh.teams());
            assertThat(answered.people()).as("people on %s", date).containsExactlyElementsOf(fresh.people());
            assertThat(answered).isEqualTo(fresh);
            // The teams alone: the kept chart's now, and read afresh the day before, which no chart is kept for.
            assertThat(READER.call(() -> queries.askList(new GetChartTeams(date), ChartTeam.class))).as("teams alone on %s", date)
                    .containsExactlyElementsOf(fresh.teams());
            assertThat(READER.call(() -> queries.askList(new GetChartTeams(date.minusDays(1)), ChartTeam.class)))
                    .containsExactlyElementsOf(charts.build(date.minusDays(1), null).teams());
            // The REST answer adds the open positions (none in this organisation) after the chart itself.
            String freshJson = json.writeValueAsString(fresh);
            assertThat(admin.get("/api/org-chart?asOf=" + date).expect(200).body()).as("JSON on %s", date)
                    .isEqualTo(freshJson.substring(0, freshJson.length() - 1) + ",\"placeholders\":[]}");
        }
    }
}
