package io.cadre.org.ui;

import io.cadre.platform.ui.Words;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.cadre.org.api.AssignTeamLead;
import io.cadre.org.api.ChangeTeamMission;
import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.DissolveTeam;
import io.cadre.org.api.FindPeople;
import io.cadre.org.api.GetTeam;
import io.cadre.org.api.MoveTeam;
import io.cadre.org.api.PeoplePage;
import io.cadre.org.api.PersonDetails;
import io.cadre.org.api.RenameTeam;
import io.cadre.org.api.TeamDetails;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.consistency.ReadModelChanges;
import io.cadre.shared.Role;
import java.util.List;
import io.cadre.platform.ui.RecordSection;
import io.cadre.platform.ui.CommandDialog;
import jakarta.annotation.security.PermitAll;

/** One team as it stands today: its record, its people, its history, and the changes an editor can make. */
@Route("teams/:teamId")
@PageTitle("Team · Cadre")
@PermitAll
class TeamPage extends RecordPage {

    private static final int MEMBERS_SHOWN = 200;

    private final Grid<PersonDetails> members = new Grid<>();

    TeamPage(Queries queries, Commands commands, ReadModelChanges changes, AuthenticationContext authentication,
             List<RecordSection> sections) {
        super(queries, commands, changes, authentication.hasAnyRole(Role.ORG_EDITORS), "teamId", "team", sections);
        members.setId("members");
        members.addColumn(PersonDetails::name).setHeader("Name");
        members.addColumn(PersonDetails::title).setHeader("Title");
        members.addColumn(PersonDetails::level).setHeader("Level");
        members.setAllRowsVisible(true);
        members.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("people/" + e.getItem().id())));
        add(heading, record, actions, new H3("People"), members, sections(), new H3("History"));
    }

    @Override
    protected void refresh() {
        TeamDetails team = queries.ask(new GetTeam(id), TeamDetails.class);
        OrgDirectory org = OrgDirectory.today(queries);
        heading.setText(team.name());
        record.show("Kind", Words.of(team.kind()), "Part of", org.teamName(team.parentId()), "Lead", org.personName(team.leadId()),
                "Mission", team.mission(), "People", org.memberCounts(team.id()), "Formed", Words.date(team.formedOn()),
                "Status", Words.of(team.status()) + (team.dissolvedOn() != null ? " (dissolved on " + Words.date(team.dissolvedOn()) + ")" : ""));
        members.setItems(queries.ask(new FindPeople(null, id, 0, MEMBERS_SHOWN, null), PeoplePage.class).items());
        showActions("ACTIVE".equals(team.status()), action("Rename", this::rename), action("Change mission", this::changeMission),
                action("Move", () -> move(org)), action("Set lead", () -> setLead(org)), action("Dissolve", () -> dissolve(org)));
        showHistory(org);
    }

    private void rename() {
        CommandDialog dialog = new CommandDialog("Rename team", "Rename", today());
        TextField newName = dialog.field("name", new TextField("New name"));
        dialog.withDateAndReason("Effective date");
        dialog.onSave(() -> commands.send(new RenameTeam(id, newName.getValue(), dialog.effectiveDate(), null), id,
                dialog.reason()), this::refresh);
        dialog.open();
    }

    private void changeMission() {
        CommandDialog dialog = new CommandDialog("Change mission", "Change", today());
        TextArea mission = dialog.field("mission", new TextArea("Mission"));
        dialog.withDateAndReason("Effective date");
        dialog.onSave(() -> commands.send(new ChangeTeamMission(id, mission.getValue(), dialog.effectiveDate(), null),
                id, dialog.reason()), this::refresh);
        dialog.open();
    }

    private void move(OrgDirectory org) {
        CommandDialog dialog = new CommandDialog("Move team", "Move", today());
        ComboBox<ChartTeam> parent = dialog.field("parentId", org.teamPicker("New parent (empty: to the top)"));
        dialog.withDateAndReason("Effective date");
        dialog.onSave(() -> commands.send(new MoveTeam(id, OrgDirectory.id(parent.getValue()), dialog.effectiveDate(), null),
                id, dialog.reason()), this::refresh);
        dialog.open();
    }

    private void setLead(OrgDirectory org) {
        CommandDialog dialog = new CommandDialog("Set team lead", "Set lead", today());
        ComboBox<ChartPerson> lead = dialog.field("personId", org.personPicker("Lead (empty: no lead)"));
        dialog.withDateAndReason("Effective date");
        dialog.onSave(() -> commands.send(new AssignTeamLead(id, OrgDirectory.id(lead.getValue()), dialog.effectiveDate(),
                null), id, dialog.reason()), this::refresh);
        dialog.open();
    }

    private void dissolve(OrgDirectory org) {
        CommandDialog dialog = new CommandDialog("Dissolve team", "Dissolve", today());
        ComboBox<ChartTeam> destination = dialog.field("moveMembersTo", org.teamPicker("Move its people and sub-teams to"));
        dialog.withDateAndReason("Dissolved on");
        dialog.onSave(() -> commands.send(new DissolveTeam(id, OrgDirectory.id(destination.getValue()),
                dialog.effectiveDate(), null), id, dialog.reason()), this::refresh);
        dialog.open();
    }
}
