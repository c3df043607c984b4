package io.cadre.planning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import io.cadre.org.api.ChartTeam;
import io.cadre.planning.api.PlannedChange;
import io.cadre.planning.api.PlannedChangeDetails;
import io.cadre.planning.api.PlannedChangeType;
import io.cadre.planning.api.ScenarioPerson;
import io.cadre.planning.service.ScenarioPlanner;
import io.cadre.platform.ui.CommandDialog;
import io.cadre.platform.ui.Words;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The form of one planned change: its type, then only the fields the live command of that type takes, picked from the
 * scenario's org (planned teams and positions included). The org's rules judge it on save, as they would live.
 */
final class PlannedChangeForm {

    private static final Map<PlannedChangeType, Set<String>> FIELDS = Map.of(
            PlannedChangeType.FORM_TEAM, Set.of("name", "kind", "parentId"),
            PlannedChangeType.MOVE_TEAM, Set.of("teamId", "parentId"),
            PlannedChangeType.RENAME_TEAM, Set.of("teamId", "name"),
            PlannedChangeType.DISSOLVE_TEAM, Set.of("teamId", "moveMembersTo"),
            PlannedChangeType.TRANSFER, Set.of("personId", "teamId", "managerId"),
            PlannedChangeType.CHANGE_MANAGER, Set.of("personId", "managerId"),
            PlannedChangeType.CHANGE_LEVEL, Set.of("personId", "level", "kind"),
            PlannedChangeType.LEAVE, Set.of("personId", "kind", "newManagerForReports"),
            PlannedChangeType.OPEN_POSITION, Set.of("teamId", "level", "title", "managerId"),
            PlannedChangeType.CLOSE_POSITION, Set.of("positionId"));
    private static final Map<PlannedChangeType, List<String>> KINDS = Map.of(
            PlannedChangeType.FORM_TEAM, List.of("TEAM", "GROUP", "DEPARTMENT", "ORGANIZATION"),
            PlannedChangeType.CHANGE_LEVEL, List.of("PROMOTION", "DEMOTION", "TRACK_SWITCH", "CORRECTION"),
            PlannedChangeType.LEAVE, List.of("VOLUNTARY", "INVOLUNTARY", "OTHER"));

    private final CommandDialog dialog;
    private final ScenarioPlanner planner;
    private final UUID scenarioId;
    private final ChangeNames names;
    private final Runnable saved;
    private final ComboBox<PlannedChangeType> type;
    private final ComboBox<ScenarioPerson> person;
    private final ComboBox<ChartTeam> team;
    private final TextField name;
    private final ComboBox<String> kind;
    private final ComboBox<ChartTeam> parent;
    private final ComboBox<ScenarioPerson> manager;
    private final TextField level;
    private final TextField title;
    private final ComboBox<ChartTeam> moveMembersTo;
    private final ComboBox<ScenarioPerson> newManager;
    private final ComboBox<ScenarioPerson> position;

    PlannedChangeForm(ScenarioPlanner planner, UUID scenarioId, ChangeNames names, LocalDate date, LocalDate today, Runnable saved) {
        this.planner = planner;
        this.scenarioId = scenarioId;
        this.names = names;
        this.saved = saved;
        dialog = new CommandDialog("Plan a change", "Plan", date == null ? today : date);
        type = dialog.field("type", new ComboBox<>("Change", PlannedChangeType.values()));
        person = dialog.field("personId", people("Person", names.people));
        team = dialog.field("teamId", teams("Team", names.teams));
        name = dialog.field("name", new TextField("Name"));
        kind = dialog.field("kind", new ComboBox<>("Kind"));
        parent = dialog.field("parentId", teams("Parent team (empty: the top)", names.teams));
        manager = dialog.field("managerId", people("Manager", names.people));
        level = dialog.field("level", new TextField("Level"));
        title = dialog.field("title", new TextField("Title"));
        moveMembersTo = dialog.field("moveMembersTo", teams("Move members to", names.teams));
        newManager = dialog.field("newManagerForReports", people("New manager for reports", names.people));
        position = dialog.field("positionId", people("Planned position", names.positions));
        List<Component> optional = List.of(person, team, name, kind, parent, manager, level, title, moveMembersTo, newManager, position);
        type.addValueChangeListener(e -> {
            Set<String> shown = e.getValue() == null ? Set.of() : FIELDS.get(e.getValue());
            optional.forEach(field -> field.setVisible(shown.contains(field.getId().orElse(""))));
            kind.setItems(e.getValue() == null ? List.of() : KINDS.getOrDefault(e.getValue(), List.of()));
        });
        type.setItemLabelGenerator(Words::of);
        kind.setItemLabelGenerator(Words::of);
        type.setValue(PlannedChangeType.TRANSFER);
        dialog.withDateAndReason("Effective date");
        dialog.onSave(() -> planner.plan(scenarioId, change()), saved);
    }

    /** The change as the fields say it. */
    private PlannedChange change() {
        return new PlannedChange(type.getValue(), dialog.effectiveDate(), dialog.reason(), id(team.getValue()), id(person.getValue()),
                id(position.getValue()), blank(name.getValue()), kind.getValue(), id(parent.getValue()), id(manager.getValue()),
                blank(level.getValue()), blank(title.getValue()), null, id(moveMembersTo.getValue()), id(newManager.getValue()), null);
    }

    void open() {
        dialog.open();
    }

    /**
     * Filled in as a drag on the scenario's chart asks: the person to report to the manager they were dropped on, a
     * change of manager within their team, or a transfer into the manager's team. The date and reason are the user's.
     */
    PlannedChangeForm moving(ScenarioPerson who, ScenarioPerson newManagerOf, ChartTeam newTeam) {
        boolean sameTeam = who.teamId().equals(newManagerOf.teamId());
        type.setValue(sameTeam ? PlannedChangeType.CHANGE_MANAGER : PlannedChangeType.TRANSFER);
        person.setValue(who);
        manager.setValue(newManagerOf);
        team.setValue(sameTeam ? null : newTeam);
        return this;
    }

    /** Filled in with a change still planned, to edit it: saving replaces it in its place. */
    PlannedChangeForm editing(PlannedChangeDetails planned) {
        PlannedChange c = planned.change();
        dialog.setTitleAndSaveLabel("Edit a planned change", "Save");
        type.setValue(c.type());
        pick(person, names.people, c.personId());
        team.setValue(c.type() == PlannedChangeType.FORM_TEAM ? null : pickTeam(c.teamId()));
        name.setValue(c.name() == null ? "" : c.name());
        kind.setValue(c.kind());
        parent.setValue(pickTeam(c.parentId()));
        pick(manager, names.people, c.managerId());
        level.setValue(c.level() == null ? "" : c.level());
        title.setValue(c.title() == null ? "" : c.title());
        moveMembersTo.setValue(pickTeam(c.moveMembersTo()));
        pick(newManager, names.people, c.newManagerForReports());
        pick(position, names.positions, c.positionId());
        dialog.fill(c.effectiveDate(), c.reason());
        dialog.onSave(() -> planner.revise(scenarioId, planned.id(), change()), saved);
        return this;
    }

    /**
     * Chooses the person the change names; someone on neither chart on the date shown (they have left by then) is
     * offered too, by name, so that the change can be redated rather than lost.
     */
    private void pick(ComboBox<ScenarioPerson> box, List<ScenarioPerson> people, UUID id) {
        if (id == null) {
            return;
        }
        ScenarioPerson known = people.stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
        if (known == null) {
            known = new ScenarioPerson(id, names.person(id), null, null, null, null, false);
            List<ScenarioPerson> offered = new java.util.ArrayList<>(people);
            offered.add(known);
            box.setItems(offered);
        }
        box.setValue(known);
    }

    private ChartTeam pickTeam(UUID id) {
        return id == null ? null : names.teams.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }

    private static ComboBox<ChartTeam> teams(String label, List<ChartTeam> teams) {
        ComboBox<ChartTeam> box = new ComboBox<>(label, teams);
        box.setItemLabelGenerator(ChartTeam::name);
        box.setClearButtonVisible(true);
        return box;
    }

    private static ComboBox<ScenarioPerson> people(String label, List<ScenarioPerson> people) {
        ComboBox<ScenarioPerson> box = new ComboBox<>(label, people);
        box.setItemLabelGenerator(ScenarioPerson::name);
        box.setClearButtonVisible(true);
        return box;
    }

    private static UUID id(ChartTeam team) {
        return team == null ? null : team.id();
    }

    private static UUID id(ScenarioPerson person) {
        return person == null ? null : person.id();
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
