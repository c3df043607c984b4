package io.cadre.org.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.cadre.org.api.FormTeam;
import io.cadre.org.api.OrgRehearsal;
import io.cadre.org.api.TeamKind;
import io.cadre.platform.security.SystemIdentity;
import io.cadre.shared.Role;
import io.cadre.support.EventLog;
import io.cadre.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A rehearsal plays commands through the live handlers and rules, each over those before it, and leaves nothing behind. */
@IntegrationTest
class RehearsalTest {

    private static final LocalDate ON = LocalDate.of(2026, 3, 2);
    private static final SystemIdentity PLANNER = new SystemIdentity("rehearsal-test", Role.DIRECTOR);

    @Autowired
    OrgRehearsal rehearsal;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandGateway commands;

    @Test
    void laterCommandsSeeEarlierOnesAndNothingStays() {
        UUID parent = UUID.randomUUID();
        UUID child = UUID.randomUUID();
        String tag = parent.toString().substring(0, 6);
        long events = EventLog.size(jdbc);
        OrgRehearsal.Rehearsal played = PLANNER.call(() -> rehearsal.rehearse(List.of(
                new FormTeam(parent, "Rehearsed " + tag, TeamKind.GROUP, null, null, ON),
                new FormTeam(child, "Rehearsed child " + tag, TeamKind.TEAM, parent, null, ON),
                new FormTeam(UUID.randomUUID(), "Rehearsed child " + tag, TeamKind.TEAM, parent, null, ON)), ON, parent));

        assertThat(played.refusals().get(0)).isNull();
        assertThat(played.refusals().get(1)).as("the child sees its rehearsed parent").isNull();
        assertThat(played.refusals().get(2)).as("a second child of the same name clashes with the first")
                .hasMessageContaining("already exists");
        assertThat(played.chart().teams()).extracting(t -> t.id()).containsExactlyInAnyOrder(parent, child);
        assertThat(EventLog.size(jdbc)).as("nothing recorded").isEqualTo(events);
        assertThat(jdbc.queryForObject("select count(*) from rule_team_state where team_id in (?, ?)", Long.class, parent, child))
                .isZero();
    }

    @Test
    void aRehearsalLeavesNoHoleInTheLogAndIsRememberedUntilTheLogGrows() {
        UUID team = UUID.randomUUID();
        List<Object> plan = List.of(new FormTeam(team, "Remembered " + team.toString().substring(0, 6), TeamKind.TEAM, null, null, ON));
        long head = liveHead();
        OrgRehearsal.Rehearsal first = PLANNER.call(() -> rehearsal.rehearse(plan, ON, null));
        assertThat(liveHead()).as("the rehearsed events took no live global index").isEqualTo(head);
        assertThat(PLANNER.call(() -> rehearsal.rehearse(plan, ON, null)).chart()).as("asked again: the same answer, not played again")
                .isSameAs(first.chart());
        assertThat(PLANNER.call(() -> rehearsal.rehearse(plan, null, null)).refusals()).containsExactly((RuntimeException) null);

        PLANNER.call(() -> rehearsal.rehearse(plan, ON, null));
        new SystemIdentity("rehearsal-test-live", Role.ADMIN).run(() -> commands.sendAndWait(new FormTeam(UUID.randomUUID(),
                "Live " + team.toString().substring(0, 6), TeamKind.TEAM, null, null, ON)));
        OrgRehearsal.Rehearsal after = PLANNER.call(() -> rehearsal.rehearse(plan, ON, null));
        assertThat(after.chart()).as("the live log grew: played again").isNotSameAs(first.chart());
        assertThat(after.chart().teams()).extracting(t -> t.name()).contains("Live " + team.toString().substring(0, 6));
    }

    private long liveHead() {
        return jdbc.queryForObject("select last_value from domain_event_entry_global_index_seq", Long.class);
    }
}
