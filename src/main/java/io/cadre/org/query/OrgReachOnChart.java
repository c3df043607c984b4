package io.cadre.org.query;

import io.cadre.platform.security.OrgReach;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** How far a person reaches on a date, from the chart's dated states: what scopes are decided on. */
@Component
class OrgReachOnChart implements OrgReach {

    private static final String TEAMS_LED = """
            with recursive on_date as (
                select team_id, parent_id, lead_id from chart_team_state
                where active and valid_from <= ? and (valid_to is null or valid_to > ?)),
            below(team_id) as (
                select team_id from on_date where lead_id = ?
                union select t.team_id from on_date t join below b on t.parent_id = b.team_id)
            """;

    private final JdbcTemplate jdbc;

    OrgReachOnChart(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<UUID> teamsLedBy(UUID personId, LocalDate date) {
        return new HashSet<>(jdbc.queryForList(TEAMS_LED + "select team_id from below", UUID.class, date, date, personId));
    }

    @Override
    public Set<UUID> peopleBelowTeamsLedBy(UUID personId, LocalDate date) {
        return new HashSet<>(jdbc.queryForList(TEAMS_LED + """
                select p.person_id from chart_person_state p join below b on b.team_id = p.team_id
                where p.active and p.valid_from <= ? and (p.valid_to is null or p.valid_to > ?)
                """, UUID.class, date, date, personId, date, date));
    }

    @Override
    public Set<UUID> reportsOf(UUID personId, LocalDate date) {
        // union, not union all: a reporting cycle (which the rules forbid) could not make this loop.
        return new HashSet<>(jdbc.queryForList("""
                with recursive on_date as (
                    select person_id, manager_id from chart_person_state
                    where active and valid_from <= ? and (valid_to is null or valid_to > ?)),
                reports(person_id) as (
                    select person_id from on_date where manager_id = ?
                    union select p.person_id from on_date p join reports r on p.manager_id = r.person_id)
                select person_id from reports
                """, UUID.class, date, date, personId));
    }

    @Override
    public boolean isPerson(UUID id) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from chart_subject where subject_id = ? and kind = 'PERSON')", Boolean.class, id));
    }

    @Override
    public boolean isKnown(UUID id) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from chart_subject where subject_id = ?)", Boolean.class, id));
    }
}
