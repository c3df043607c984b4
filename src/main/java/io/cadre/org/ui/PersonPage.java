package io.cadre.org.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.cadre.ladder.api.GetGrowthPath;
import io.cadre.ladder.api.GrowthPath;
import io.cadre.ladder.api.GrowthStep;
import io.cadre.org.api.ChangeLevel;
import io.cadre.org.api.ChangeManager;
import io.cadre.org.api.ChangeTitle;
import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.GetPerson;
import io.cadre.org.api.LeaveKind;
import io.cadre.org.api.LevelChangeKind;
import io.cadre.org.api.PersonView;
import io.cadre.org.api.RecordLeave;
import io.cadre.org.api.TransferPerson;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.consistency.ReadModelChanges;
import io.cadre.shared.Role;
import io.cadre.platform.ui.CommandDialog;
import jakarta.annotation.security.PermitAll;

/** One person's record as it stands today, their full history, and the changes an editor can make. */
@Route("people/:personId")
@PageTitle("Person · Cadre")
@PermitAll
class PersonPage extends RecordPage {

    private final Grid<GrowthStep> levels = new Grid<>();
    private final Anchor growthPath = new Anchor("", "Growth path on the career ladder");

    PersonPage(Queries queries, Commands commands, ReadModelChanges changes, AuthenticationContext authentication) {
        super(queries, commands, changes, authentication.hasAnyRole(Role.ORG_EDITORS), "personId", "person");
        growthPath.setId("growth-path");
        levels.setId("level-history");
        levels.setAllRowsVisible(true);
        levels.addColumn(step -> step.effectiveDate().toString()).setHeader("From");
        levels.addColumn(step -> step.title() == null ? step.level() : step.title() + " (" + step.level() + ")").setHeader("Level")
                .setFlexGrow(3);
        levels.addColumn(step -> step.kind().charAt(0) + step.kind().substring(1).toLowerCase().replace('_', ' ')).setHeader("Change");
        levels.addColumn(step -> step.ladderVersion() == null ? "free label" : "ladder version " + step.ladderVersion())
                .setHeader("Judged against");
        add(heading, record, growthPath, actions, new H3("Levels"), levels, new H3("History"));
    }

    @Override
    protected void refresh() {
        PersonView person = queries.ask(new GetPerson(id), PersonView.class);
        OrgDirectory org = OrgDirectory.today(queries);
        heading.setText(person.name());
        growthPath.setHref("people/" + id + "/growth-path");
        levels.setItems(queries.ask(new GetGrowthPath(id, null), GrowthPath.class).steps());
        record.show(
                "Title", person.title(), "Team", org.teamName(person.teamId()), "Manager", org.personName(person.managerId()),
                "Level", person.level(), "Email", person.email(), "Employee number", person.employeeNumber(),
                "Started", String.valueOf(person.startDate()), "Status", person.status()
                        + (person.leftOn() != null ? " (left on " + person.leftOn() + ")" : ""));
        showActions("ACTIVE".equals(person.status()), action("Transfer", () -> transfer(org)),
                action("Change manager", () -> changeManager(org)), action("Change title", this::changeTitle),
                action("Change level", this::changeLevel), action("Record leave", () -> leave(org)));
        showHistory(org);
    }

    private void transfer(OrgDirectory org) {
        CommandDialog dialog = new CommandDialog("Transfer to another team", "Transfer", today());
        ComboBox<ChartTeam> team = dialog.field("teamId", org.teamPicker("Team"));
        dialog.withDateAndReason("Effective date");
        dialog.onSave(() -> commands.send(new TransferPerson(id, OrgDirectory.id(team.getValue()),
                dialog.effectiveDate(), null), id, dialog.reason()), this::refresh);
        dialog.open();
    }

    private void changeManager(OrgDirectory org) {
        CommandDialog dialog = new CommandDialog("Change manager", "Change", today());
        ComboBox<ChartPerson> manager = dialog.field("managerId", org.personPicker("New manager"));
        dialog.withDateAndReason("Effective date");
        dialog.onSave(() -> commands.send(new ChangeManager(id, OrgDirectory.id(manager.getValue()),
                dialog.effectiveDate(), null), id, dialog.reason()), this::refresh);
        dialog.open();
    }

    private void changeTitle() {
        CommandDialog dialog = new CommandDialog("Change title", "Change", today());
        TextField title = dialog.field("title", new TextField("New title"));
        dialog.withDateAndReason("Effective date");
        dialog.onSave(() -> commands.send(new ChangeTitle(id, title.getValue(), dialog.effectiveDate(), null),
                id, dialog.reason()), this::refresh);
        dialog.open();
    }

    private void changeLevel() {
        CommandDialog dialog = new CommandDialog("Change level", "Change", today());
        ComboBox<String> level = dialog.field("level", OrgDirectory.levelPicker(queries, "New level"));
        ComboBox<LevelChangeKind> kind = dialog.field("kind", new ComboBox<>("Kind of change", LevelChangeKind.values()));
        kind.setValue(LevelChangeKind.PROMOTION);
        dialog.withDateAndReason("Effective date");
        dialog.onSave(() -> commands.send(new ChangeLevel(id, level.getValue(), kind.getValue(), dialog.effectiveDate(),
                null), id, dialog.reason()), this::refresh);
        dialog.open();
    }

    private void leave(OrgDirectory org) {
        CommandDialog dialog = new CommandDialog("Record leave", "Record leave", today());
        ComboBox<LeaveKind> kind = dialog.field("kind", new ComboBox<>("Kind of leave", LeaveKind.values()));
        kind.setValue(LeaveKind.VOLUNTARY);
        ComboBox<ChartPerson> successor = dialog.field("newManagerForReports", org.personPicker("New manager for their reports"));
        dialog.withDateAndReason("Leaves on");
        dialog.onSave(() -> commands.send(new RecordLeave(id, kind.getValue(), OrgDirectory.id(successor.getValue()),
                dialog.effectiveDate(), null), id, dialog.reason()), this::refresh);
        dialog.open();
    }
}
