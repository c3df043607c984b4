package io.cadre.planning.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cadre.planning.api.AlignmentTree;
import io.cadre.planning.api.ChangeObjectiveStatus;
import io.cadre.planning.api.Confidence;
import io.cadre.planning.api.FindObjectives;
import io.cadre.planning.api.GetAlignmentTree;
import io.cadre.planning.api.GetObjective;
import io.cadre.planning.api.GetObjectiveHistory;
import io.cadre.planning.api.KeyResultDraft;
import io.cadre.planning.api.ObjectiveChange;
import io.cadre.planning.api.ObjectiveStatus;
import io.cadre.planning.api.ObjectiveSummary;
import io.cadre.planning.api.ObjectiveDetails;
import io.cadre.planning.api.Period;
import io.cadre.planning.api.RecordCheckIn;
import io.cadre.planning.api.TeamProgress;
import io.cadre.planning.api.WriteObjective;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.replay.ProjectionRebuild;
import io.cadre.platform.gateway.Queries;
import io.cadre.shared.NotFound;
import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The objectives' read model on the real database: objectives folded as of any date, progress as §7.2 computes it, the
 * lists by team and period with sub-teams, the alignment tree with orphans and teams without objectives, and a rebuild
 * from the event store writing exactly the rows of the incremental build.
 */
@IntegrationTest
class ObjectiveReadModelTest {

    /** The commands go straight to Commands, as HR would send them. */
    @BeforeEach
    void signInAsHr() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("hr", null,
                List.of(new SimpleGrantedAuthority("ROLE_HR"))));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /**
     * The application context and its database are shared with other tests, whose views list the teams by name: the
     * top team of these tests sorts after theirs, so as not to push theirs out of sight.
     */
    private static final String DEPARTMENT = "Zeta Product ";

    /** Last quarter: wholly in the past, so every date of its history is one a check-in may have. */
    private static final Period PERIOD = Period.quarterOf(LocalDate.now()).previous();
    private static final LocalDate START = PERIOD.start();

    @LocalServerPort
    int port;
    @Autowired
    Commands commands;
    @Autowired
    Queries queries;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectionRebuild rebuild;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    private record Org(UUID department, UUID checkout, UUID payments, UUID search) {
    }

    private Org org() {
        Api admin = Api.asAdmin(port);
        LocalDate formed = START.minusYears(1);
        UUID department = admin.formTeam(DEPARTMENT + suffix, null, formed);
        return new Org(department, admin.formTeam("Checkout " + suffix, department, formed),
                admin.formTeam("Payments " + suffix, department, formed), admin.formTeam("Search " + suffix, department, formed));
    }

    private UUID write(UUID team, String period, UUID parent, KeyResultDraft... keyResults) {
        UUID id = UUID.randomUUID();
        commands.send(new WriteObjective(id, team, period, "Objective of " + team, null, parent, null, List.of(keyResults), START), id,
                "Planned");
        return id;
    }

    private void commit(UUID objective) {
        commands.send(new ChangeObjectiveStatus(objective, ObjectiveStatus.COMMITTED, START, null), objective, null);
    }

    private void checkIn(UUID objective, int keyResult, String value, Confidence confidence, LocalDate date) {
        UUID kr = queries.ask(new GetObjective(objective, null), ObjectiveDetails.class).keyResults().get(keyResult).id();
        commands.send(new RecordCheckIn(objective, kr, new BigDecimal(value), confidence, "Note " + value, date), objective, null);
    }

    private static KeyResultDraft kr(String title, int start, int target) {
        return new KeyResultDraft(title, "%", BigDecimal.valueOf(start), BigDecimal.valueOf(target));
    }

    @Test
    void anObjectiveShowsItsProgressTodayAndAsOfAnEarlierDate() {
        Org org = org();
        UUID objective = write(org.checkout(), PERIOD.toString(), null, kr("Conversion", 40, 60), kr("Errors", 10, 0));
        commit(objective);
        checkIn(objective, 0, "45", Confidence.ON_TRACK, START.plusDays(10));
        checkIn(objective, 0, "70", Confidence.ON_TRACK, START.plusDays(40));
        checkIn(objective, 1, "8", Confidence.AT_RISK, START.plusDays(40));

        ObjectiveDetails today = queries.ask(new GetObjective(objective, null), ObjectiveDetails.class);
        assertThat(today.status()).isEqualTo(ObjectiveStatus.COMMITTED);
        assertThat(today.teamName()).isEqualTo("Checkout " + suffix);
        assertThat(today.periodEnded()).isTrue();
        assertThat(today.teamDissolved()).isFalse();
        assertThat(today.version()).isEqualTo(4);
        // 70 is past the target 60: held to 1. Errors from 10 towards 0, at 8: 0.2.
        assertThat(today.keyResults().get(0).current()).isEqualByComparingTo("70");
        assertThat(today.keyResults().get(0).progress()).isEqualTo(1.0);
        assertThat(today.keyResults().get(1).progress()).isCloseTo(0.2, within(1e-9));
        assertThat(today.keyResults().get(1).confidence()).isEqualTo(Confidence.AT_RISK);
        assertThat(today.progress()).isCloseTo(0.6, within(1e-9));
        assertThat(today.keyResults().get(0).checkIns()).hasSize(2);

        ObjectiveDetails earlier = queries.ask(new GetObjective(objective, START.plusDays(20)), ObjectiveDetails.class);
        assertThat(earlier.keyResults().get(0).current()).isEqualByComparingTo("45");
        assertThat(earlier.keyResults().get(0).progress()).isCloseTo(0.25, within(1e-9));
        assertThat(earlier.keyResults().get(1).current()).isEqualByComparingTo("10");
        assertThat(earlier.progress()).isCloseTo(0.125, within(1e-9));
        assertThat(earlier.periodEnded()).isFalse();

        assertThat(queries.askList(new FindObjectives(org.checkout(), null, false, START.minusDays(1)), ObjectiveDetails.class))
                .as("nothing before it was written").isEmpty();
        assertThatThrownBy(() -> queries.ask(new GetObjective(objective, START.minusDays(1)), ObjectiveDetails.class))
                .isInstanceOf(NotFound.class);

        List<ObjectiveChange> history = queries.askList(new GetObjectiveHistory(objective), ObjectiveChange.class);
        assertThat(history).extracting(ObjectiveChange::type).containsExactly("ObjectiveWritten", "KeyResultWritten",
                "KeyResultWritten", "ObjectiveStatusChanged", "CheckInRecorded", "CheckInRecorded", "CheckInRecorded");
        assertThat(history.getFirst().reason()).isEqualTo("Planned");
        assertThat(history.get(4).summary()).contains("45", "ON_TRACK");
    }

    @Test
    void theAlignmentTreeShowsHowObjectivesLadderUpAndRollsProgressUpTheTeams() {
        Org org = org();
        UUID goal = write(org.department(), Integer.toString(PERIOD.year()), null, kr("Revenue", 0, 100));
        UUID checkout = write(org.checkout(), PERIOD.toString(), goal, kr("Conversion", 0, 10));
        UUID payments = write(org.payments(), PERIOD.toString(), null, kr("Providers", 0, 4));
        UUID dropped = write(org.payments(), PERIOD.toString(), null, kr("Dropped", 0, 4));
        commands.send(new ChangeObjectiveStatus(dropped, ObjectiveStatus.DROPPED, START, null), dropped, null);
        for (UUID objective : List.of(goal, checkout, payments)) {
            commit(objective);
        }
        checkIn(goal, 0, "30", Confidence.ON_TRACK, START.plusDays(30));
        checkIn(checkout, 0, "5", Confidence.AT_RISK, START.plusDays(30));
        checkIn(payments, 0, "4", Confidence.ON_TRACK, START.plusDays(30));
        // Recorded last, effective first: the tree's summary folds the latest check-in by date, as the objective does.
        checkIn(checkout, 0, "9", Confidence.OFF_TRACK, START.plusDays(10));

        List<ObjectiveDetails> withSubteams = queries.askList(new FindObjectives(org.department(), PERIOD.toString(), true, null),
                ObjectiveDetails.class);
        assertThat(withSubteams).extracting(ObjectiveDetails::id).containsExactlyInAnyOrder(goal, checkout, payments, dropped);
        assertThat(queries.askList(new FindObjectives(org.department(), PERIOD.toString(), false, null), ObjectiveDetails.class))
                .extracting(ObjectiveDetails::id).containsExactly(goal);
        assertThat(queries.askList(new FindObjectives(org.department(), PERIOD.next().toString(), true, null), ObjectiveDetails.class))
                .as("the year's objective overlaps the next quarter too, unless the year ends with this quarter")
                .extracting(ObjectiveDetails::id).isSubsetOf(goal);

        AlignmentTree tree = queries.ask(new GetAlignmentTree(PERIOD.toString(), org.department(), null), AlignmentTree.class);
        assertThat(tree.roots()).hasSize(1);
        assertThat(tree.roots().getFirst().objective().id()).isEqualTo(goal);
        assertThat(tree.roots().getFirst().children()).extracting(c -> c.objective().id()).containsExactly(checkout);
        ObjectiveSummary checkoutSummary = tree.roots().getFirst().children().getFirst().objective();
        assertThat(checkoutSummary.progress()).isCloseTo(0.5, within(1e-9));
        assertThat(checkoutSummary.confidence()).isEqualTo(Confidence.AT_RISK);
        assertThat(checkoutSummary).isEqualTo(ObjectiveSummary.of(queries.ask(new GetObjective(checkout, null), ObjectiveDetails.class)));
        assertThat(tree.orphans()).extracting(ObjectiveSummary::id).containsExactly(payments);
        assertThat(tree.teamsWithoutObjectives()).extracting(TeamProgress::teamId).containsExactly(org.search());
        TeamProgress department = tree.teams().getFirst();
        assertThat(department.teamId()).isEqualTo(org.department());
        assertThat(department.ownProgress()).isCloseTo(0.3, within(1e-9));
        // The department's own 0.3, Checkout's 0.5 and Payments' 1.0; the dropped objective does not count.
        assertThat(department.progress()).isCloseTo(0.6, within(1e-9));
        assertThat(tree.teams()).extracting(TeamProgress::depth).containsExactly(0, 1, 1, 1);

        // Asked again, the tree is the one kept; once a command's answer has come, the next tree includes its change.
        assertThat(queries.ask(new GetAlignmentTree(PERIOD.toString(), org.department(), null), AlignmentTree.class)).isSameAs(tree);
        checkIn(checkout, 0, "10", Confidence.ON_TRACK, START.plusDays(30));
        AlignmentTree after = queries.ask(new GetAlignmentTree(PERIOD.toString(), org.department(), null), AlignmentTree.class);
        assertThat(after.roots().getFirst().children().getFirst().objective().progress()).isCloseTo(1.0, within(1e-9));
        assertThat(after.teams().getFirst().progress()).isCloseTo((0.3 + 1.0 + 1.0) / 3, within(1e-9));

        AlignmentTree before = queries.ask(new GetAlignmentTree(PERIOD.toString(), org.department(), START.minusDays(1)),
                AlignmentTree.class);
        assertThat(before.roots()).isEmpty();
        assertThat(before.teamsWithoutObjectives()).hasSize(4);
    }

    @Test
    void aRebuildWritesExactlyTheRowsOfTheIncrementalBuild() {
        Org org = org();
        UUID objective = write(org.search(), PERIOD.toString(), null, kr("Relevance", 50, 80));
        commit(objective);
        checkIn(objective, 0, "60", Confidence.OFF_TRACK, START.plusDays(5));
        List<String> incremental = rows();
        ObjectiveDetails view = queries.ask(new GetObjective(objective, null), ObjectiveDetails.class);
        assertThat(incremental).anyMatch(row -> row.contains(objective.toString()));
        jdbc.update("delete from objective_change where objective_id = ?", objective);

        rebuild.rebuildAll(Duration.ofMinutes(2));

        assertThat(rows()).containsExactlyElementsOf(incremental);
        assertThat(queries.ask(new GetObjective(objective, null), ObjectiveDetails.class)).isEqualTo(view);
    }

    private List<String> rows() {
        List<String> rows = new java.util.ArrayList<>(jdbc.queryForList("select cast(t as text) from objective t order by id", String.class));
        rows.addAll(jdbc.queryForList("select cast(t as text) from objective_change t order by objective_id, seq, item", String.class));
        return rows;
    }
}
