package io.cadre.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.cadre.org.api.AssignTeamLead;
import io.cadre.org.api.ChangeTeamMission;
import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.DissolveTeam;
import io.cadre.org.api.FindPeople;
import io.cadre.org.api.GetHistory;
import io.cadre.org.api.GetTeam;
import io.cadre.org.api.HistoryEntry;
import io.cadre.org.api.MoveTeam;
import io.cadre.org.api.PeoplePage;
import io.cadre.org.api.PersonView;
import io.cadre.org.api.RenameTeam;
import io.cadre.org.api.TeamView;
import io.cadre.platform.axon.Commands;
import io.cadre.platform.axon.Queries;
import io.cadre.platform.axon.ReadModelChanges;
import io.cadre.platform.security.Role;
import io.cadre.shared.NotFound;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;

/** One team as it stands today: its record, its people, its history, and the changes an editor can make. */
@Route("teams/:teamId")
@PageTitle("Team · Cadre")
@PermitAll
class TeamPage extends LiveView implements BeforeEnterObserver {

    private static final int MEMBERS_SHOWN = 200;

    private final Queries queries;
    private final Commands commands;
    private final boolean editor;
    private final H2 name = new H2();
    private final RecordPanel record = new RecordPanel();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Grid<PersonView> members = new Grid<>();
    private HistoryGrid history;
    private UUID teamId;

    TeamPage(Queries queries, Commands commands, ReadModelChanges changes, AuthenticationContext authentication) {
        super(changes);
        this.queries = queries;
        this.commands = commands;
        this.editor = authentication.hasAnyRole(Role.ORG_EDITORS);
        name.setId("team-name");
        members.setId("members");
        members.addColumn(PersonView::name).setHeader("Name");
        members.addColumn(PersonView::title).setHeader("Title");
        members.addColumn(PersonView::level).setHeader("Level");
        members.setAllRowsVisible(true);
        members.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("people/" + e.getItem().id())));
        add(name, record, actions, new H3("People"), members, new H3("History"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            teamId = UUID.fromString(event.getRouteParameters().get("teamId").orElse(""));
            refresh();
        } catch (IllegalArgumentException | NotFound e) {
            removeAll();
            add(new H2("No such team"), new Span("There is no team with this id in Cadre."));
        }
    }

    @Override
    void refresh() {
        TeamView team = queries.ask(new GetTeam(teamId), TeamView.class);
        OrgDirectory org = OrgDirectory.today(queries);
        name.setText(team.name());
        record.show("Kind", team.kind().name(), "Part of", org.teamName(team.parentId()), "Lead", org.personName(team.leadId()),
                "Mission", team.mission(), "People", String.valueOf(team.memberCount()), "Formed", String.valueOf(team.formedOn()),
                "Status", team.status() + (team.dissolvedOn() != null ? " (dissolved on " + team.dissolvedOn() + ")" : ""));
        members.setItems(queries.ask(new FindPeople(null, teamId, 0, MEMBERS_SHOWN, null), PeoplePage.class).items());
        actions.removeAll();
        if (editor && "ACTIVE".equals(team.status())) {
            actions.add(button("Rename", this::rename), button("Change mission", this::changeMission),
                    button("Move", () -> move(org)), button("Set lead", () -> setLead(org)), button("Dissolve", () -> dissolve(org)));
        }
        if (history != null) {
            remove(history);
        }
        history = new HistoryGrid(org);
        history.show(queries.askList(new GetHistory(teamId), HistoryEntry.class));
        add(history);
    }

    private Button button(String label, Runnable open) {
        Button button = new Button(label, click -> open.run());
        button.setId("action-" + label.toLowerCase().replace(' ', '-'));
        return button;
    }

    private void rename() {
        CommandDialog dialog = new CommandDialog("Rename team", "Rename");
        TextField newName = dialog.field("name", new TextField("New name"));
        dialog.withDateAndReason("Effective date");
        dialog.onSave(() -> commands.send(new RenameTeam(teamId, newName.getValue(), dialog.effectiveDate(), null), teamId,
                dialog.reason()), this::refresh);
        dialog.open();
    }

    private void changeMission() {
        CommandDialog dialog = new CommandDialog("Change mission", "Change");
        TextArea mission = dialog.field("mission", new TextArea("Mission"));
        dialog.withDateAndReason("Effective date");
        dialog.onSave(() -> commands.send(new ChangeTeamMission(teamId, mission.getValue(), dialog.effectiveDate(), null),
                teamId, dialog.reason()), this::refresh);
        dialog.open();
    }

    private void move(OrgDirectory org) {
        CommandDialog dialog = new CommandDialog("Move team", "Move");
        ComboBox<ChartTeam> parent = dialog.field("parentId", org.teamPicker("New parent (empty: to the top)"));
        dialog.withDateAndReason("Effective date");
        dialog.onSave(() -> commands.send(new MoveTeam(teamId, OrgDirectory.id(parent.getValue()), dialog.effectiveDate(), null),
                teamId, dialog.reason()), this::refresh);
        dialog.open();
    }

    private void setLead(OrgDirectory org) {
        CommandDialog dialog = new CommandDialog("Set team lead", "Set lead");
        ComboBox<ChartPerson> lead = dialog.field("personId", org.personPicker("Lead (empty: no lead)"));
        dialog.withDateAndReason("Effective date");
        dialog.onSave(() -> commands.send(new AssignTeamLead(teamId, OrgDirectory.id(lead.getValue()), dialog.effectiveDate(),
                null), teamId, dialog.reason()), this::refresh);
        dialog.open();
    }

    private void dissolve(OrgDirectory org) {
        CommandDialog dialog = new CommandDialog("Dissolve team", "Dissolve");
        ComboBox<ChartTeam> destination = dialog.field("moveMembersTo", org.teamPicker("Move its people and sub-teams to"));
        dialog.withDateAndReason("Dissolved on");
        dialog.onSave(() -> commands.send(new DissolveTeam(teamId, OrgDirectory.id(destination.getValue()),
                dialog.effectiveDate(), null), teamId, dialog.reason()), this::refresh);
        dialog.open();
    }
}
