package io.cadre.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.cadre.org.api.ChangeLevel;
import io.cadre.org.api.ChangeManager;
import io.cadre.org.api.ChangeTitle;
import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.GetHistory;
import io.cadre.org.api.GetPerson;
import io.cadre.org.api.HistoryEntry;
import io.cadre.org.api.LeaveKind;
import io.cadre.org.api.LevelChangeKind;
import io.cadre.org.api.PersonView;
import io.cadre.org.api.RecordLeave;
import io.cadre.org.api.TransferPerson;
import io.cadre.platform.axon.Commands;
import io.cadre.platform.axon.Queries;
import io.cadre.platform.axon.ReadModelChanges;
import io.cadre.platform.security.Role;
import io.cadre.shared.NotFound;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;

/** One person's record as it stands today, their full history, and the changes an editor can make. */
@Route("people/:personId")
@PageTitle("Person · Cadre")
@PermitAll
class PersonPage extends LiveView implements BeforeEnterObserver {

    private final Queries queries;
    private final Commands commands;
    private final boolean editor;
    private final H2 name = new H2();
    private final RecordPanel record = new RecordPanel();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final H3 historyTitle = new H3("History");
    private HistoryGrid history;
    private UUID personId;

    PersonPage(Queries queries, Commands commands, ReadModelChanges changes, AuthenticationContext authentication) {
        super(changes);
        this.queries = queries;
        this.commands = commands;
        this.editor = authentication.hasAnyRole(Role.ORG_EDITORS);
        name.setId("person-name");
        add(name, record, actions, historyTitle);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            personId = UUID.fromString(event.getRouteParameters().get("personId").orElse(""));
            refresh();
        } catch (IllegalArgumentException | NotFound e) {
            removeAll();
            add(new H2("No such person"), new Span("There is nobody with this id in Cadre."));
        }
    }

    @Override
    void refresh() {
        PersonView person = queries.ask(new GetPerson(personId), PersonView.class);
        OrgDirectory org = OrgDirectory.today(queries);
        name.setText(person.name());
        record.show(
                "Title", person.title(), "Team", org.teamName(person.teamId()), "Manager", org.personName(person.managerId()),
                "Level", person.level(), "Email", person.email(), "Employee number", person.employeeNumber(),
                "Started", String.valueOf(person.startDate()), "Status", person.status()
                        + (person.leftOn() != null ? " (left on " + person.leftOn() + ")" : ""));
        actions.removeAll();
        if (editor && "ACTIVE".equals(person.status())) {
            actions.add(button("Transfer", () -> transfer(org)), button("Change manager", () -> changeManager(org)),
                    button("Change title", this::changeTitle), button("Change level", this::changeLevel),
                    button("Record leave", () -> leave(org)));
        }
        if (history != null) {
            remove(history);
        }
        history = new HistoryGrid(org);
        history.show(queries.askList(new GetHistory(personId), HistoryEntry.class));
        add(history);
    }

    private Button button(String label, Runnable open) {
        Button button = new Button(label, click -> open.run());
        button.setId("action-" + label.toLowerCase().replace(' ', '-'));
        return button;
    }

    private void transfer(OrgDirectory org) {
        CommandDialog dialog = new CommandDialog("Transfer to another team", "Transfer");
        ComboBox<ChartTeam> team = dialog.field("teamId", org.teamPicker("Team"));
        dialog.withDateAndReason("Effective date");
        dialog.onSave(() -> commands.send(new TransferPerson(personId, OrgDirectory.id(team.getValue()),
                dialog.effectiveDate(), null), personId, dialog.reason()), this::refresh);
        dialog.open();
    }

    private void changeManager(OrgDirectory org) {
        CommandDialog dialog = new CommandDialog("Change manager", "Change");
        ComboBox<ChartPerson> manager = dialog.field("managerId", org.personPicker("New manager"));
        dialog.withDateAndReason("Effective date");
        dialog.onSave(() -> commands.send(new ChangeManager(personId, OrgDirectory.id(manager.getValue()),
                dialog.effectiveDate(), null), personId, dialog.reason()), this::refresh);
        dialog.open();
    }

    private void changeTitle() {
        CommandDialog dialog = new CommandDialog("Change title", "Change");
        TextField title = dialog.field("title", new TextField("New title"));
        dialog.withDateAndReason("Effective date");
        dialog.onSave(() -> commands.send(new ChangeTitle(personId, title.getValue(), dialog.effectiveDate(), null),
                personId, dialog.reason()), this::refresh);
        dialog.open();
    }

    private void changeLevel() {
        CommandDialog dialog = new CommandDialog("Change level", "Change");
        TextField level = dialog.field("level", new TextField("New level"));
        ComboBox<LevelChangeKind> kind = dialog.field("kind", new ComboBox<>("Kind of change", LevelChangeKind.values()));
        kind.setValue(LevelChangeKind.PROMOTION);
        dialog.withDateAndReason("Effective date");
        dialog.onSave(() -> commands.send(new ChangeLevel(personId, level.getValue(), kind.getValue(), dialog.effectiveDate(),
                null), personId, dialog.reason()), this::refresh);
        dialog.open();
    }

    private void leave(OrgDirectory org) {
        CommandDialog dialog = new CommandDialog("Record leave", "Record leave");
        ComboBox<LeaveKind> kind = dialog.field("kind", new ComboBox<>("Kind of leave", LeaveKind.values()));
        kind.setValue(LeaveKind.VOLUNTARY);
        ComboBox<ChartPerson> successor = dialog.field("newManagerForReports", org.personPicker("New manager for their reports"));
        dialog.withDateAndReason("Leaves on");
        dialog.onSave(() -> commands.send(new RecordLeave(personId, kind.getValue(), OrgDirectory.id(successor.getValue()),
                dialog.effectiveDate(), null), personId, dialog.reason()), this::refresh);
        dialog.open();
    }
}
