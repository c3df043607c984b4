package io.cadre.org.ui;

import java.util.Set;
import java.util.HashSet;
import io.cadre.platform.ui.Words;
import com.vaadin.flow.component.combobox.ComboBox;
import io.cadre.org.api.AssignableLevel;
import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.ListAssignableLevels;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.OrgChart;
import io.cadre.platform.gateway.Queries;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Today's teams and people by id (today in the organisation's time zone), for the names and pickers the views show. */
final class OrgDirectory {

    private final LocalDate today;
    private final Map<UUID, ChartTeam> teams;
    private final Map<UUID, ChartPerson> people;

    private OrgDirectory(OrgChart chart) {
        today = chart.asOf();
        teams = chart.teams().stream().collect(Collectors.toMap(ChartTeam::id, Function.identity()));
        people = chart.people().stream().collect(Collectors.toMap(ChartPerson::id, Function.identity()));
    }

    static OrgDirectory today(Queries queries) {
        return new OrgDirectory(queries.ask(new GetOrgChart(null, null), OrgChart.class));
    }

    /** Today in the organisation's time zone, as the server's clock says. */
    LocalDate date() {
        return today;
    }

    String teamName(UUID id) {
        if (id == null) {
            return "";
        }
        ChartTeam team = teams.get(id);
        return team == null ? "(not active today)" : team.name();
    }

    /** The person on today's chart (the directory's fields), or null when not active today. */
    ChartPerson person(UUID id) {
        return id == null ? null : people.get(id);
    }

    String personName(UUID id) {
        if (id == null) {
            return "";
        }
        ChartPerson person = people.get(id);
        return person == null ? "(not active today)" : person.name();
    }

    ComboBox<ChartTeam> teamPicker(String label) {
        ComboBox<ChartTeam> picker = new ComboBox<>(label);
        picker.setItems(teams.values().stream().sorted(Comparator.comparing(t -> t.name().toLowerCase())).toList());
        picker.setItemLabelGenerator(ChartTeam::name);
        return picker;
    }

    ComboBox<ChartPerson> personPicker(String label) {
        ComboBox<ChartPerson> picker = new ComboBox<>(label);
        picker.setItems(people.values().stream().sorted(Comparator.comparing(p -> p.name().toLowerCase())).toList());
        picker.setItemLabelGenerator(p -> p.name() + " · " + p.title());
        return picker;
    }

    /** The levels people can be given: those of published ladders, or a free label while no ladder is published. */
    static ComboBox<String> levelPicker(Queries queries, String label) {
        ComboBox<String> picker = new ComboBox<>(label, queries.askList(new ListAssignableLevels(), AssignableLevel.class).stream()
                .map(AssignableLevel::level).toList());
        LevelTitles titles = LevelTitles.of(queries);
        picker.setItemLabelGenerator(titles::withCode);
        picker.setAllowCustomValue(true);
        picker.addCustomValueSetListener(e -> picker.setValue(e.getDetail()));
        picker.setHelperText("A level of a published ladder, such as engineering/senior-1; a free label only while no ladder is published");
        return picker;
    }

    /** "6 people" in the team itself, and with everyone in the teams below it when there are any: "6 people, 20 with sub-teams". */
    String memberCounts(UUID teamId) {
        long direct = people.values().stream().filter(p -> teamId.equals(p.teamId())).count();
        Set<UUID> below = new HashSet<>(Set.of(teamId));
        boolean grew = true;
        while (grew) {
            grew = teams.values().stream().filter(t -> t.parentId() != null && below.contains(t.parentId()))
                    .map(ChartTeam::id).toList().stream().map(below::add).reduce(false, Boolean::logicalOr);
        }
        long total = people.values().stream().filter(p -> below.contains(p.teamId())).count();
        return Words.count(direct, "person", "people") + (total == direct ? "" : ", " + total + " with sub-teams");
    }

    static UUID id(ChartTeam team) {
        return team == null ? null : team.id();
    }

    static UUID id(ChartPerson person) {
        return person == null ? null : person.id();
    }
}
