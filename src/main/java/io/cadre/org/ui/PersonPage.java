package io.cadre.org.ui;

import io.cadre.platform.ui.Words;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.cadre.org.api.ChangeLevel;
import io.cadre.org.api.ChangeManager;
import io.cadre.org.api.ChangeTitle;
import io.cadre.org.api.CorrectPersonalData;
import io.cadre.org.api.ErasePersonalData;
import io.cadre.org.api.PersonName;
import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.GetPerson;
import io.cadre.org.api.GetPersonName;
import io.cadre.org.api.LeaveKind;
import io.cadre.org.api.LevelChangeKind;
import io.cadre.org.api.PersonDetails;
import io.cadre.org.api.RecordLeave;
import io.cadre.org.api.TransferPerson;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.consistency.ReadModelChanges;
import io.cadre.shared.NotAllowed;
import io.cadre.shared.Role;
import com.vaadin.flow.component.html.Span;
import io.cadre.platform.ui.CommandDialog;
import io.cadre.platform.ui.RecordSection;
import java.util.List;
import jakarta.annotation.security.PermitAll;

/** One person's record as it stands today, their full history, and the changes an editor can make. */
@Route("people/:personId")
@PageTitle("Person · Cadre")
@PermitAll
class PersonPage extends RecordPage {

    /** Correcting and erasing a name or an email: for HR and ADMIN alone, whether the person is still here or not. */
    private final HorizontalLayout personalData = new HorizontalLayout();
    private final boolean keeper;
    private final H3 historyHeading = new H3("History");

    PersonPage(Queries queries, Commands commands, ReadModelChanges changes, AuthenticationContext authentication,
               List<RecordSection> sections) {
        super(queries, commands, changes, authentication.hasAnyRole(Role.ORG_EDITORS), "personId", "person", sections);
        keeper = authentication.hasAnyRole(Role.PERSONAL_DATA_KEEPERS);
        personalData.setId("personal-data-actions");
        add(heading, record, actions, personalData, sections(), historyHeading);
    }

    @Override
    protected void refresh() {
        PersonDetails person;
        try {
            person = queries.ask(new GetPerson(id), PersonDetails.class);
        } catch (NotAllowed outOfScope) {
            showDirectoryOnly();
            return;
        }
        OrgDirectory org = OrgDirectory.today(queries);
        historyHeading.setVisible(true);
        heading.setText(person.name());
        record.show(
                "Title", person.title(), "Team", org.teamName(person.teamId()), "Manager", org.personName(person.managerId()),
                "Level", LevelTitles.of(queries).withCode(person.level()), "Email", person.email(),
                "Employee number", person.employeeNumber(), "Started", Words.date(person.startDate()),
                "Status", Words.of(person.status()) + (person.leftOn() != null ? " (left on " + Words.date(person.leftOn()) + ")" : ""));
        showActions("ACTIVE".equals(person.status()), action("Transfer", () -> transfer(org)),
                action("Change manager", () -> changeManager(org)), action("Change title", this::changeTitle),
                action("Change level", this::changeLevel), action("Record leave", () -> leave(org)));
        personalData.removeAll();
        boolean erased = PersonName.ERASED.equals(person.name()) && person.email() == null;
        if (keeper && !erased) {
            personalData.add(action("Correct personal data", () -> correct(person)), action("Erase personal data", () -> erase(person)));
        }
        showHistory(org);
    }

    /** A person outside the user's scope: what the directory shows everyone, and no more. */
    private void showDirectoryOnly() {
        OrgDirectory org = OrgDirectory.today(queries);
        ChartPerson person = org.person(id);
        heading.setText(person == null ? queries.ask(new GetPersonName(id), PersonName.class).name() : person.name());
        if (person != null) {
            record.show("Title", person.title(), "Team", org.teamName(person.teamId()), "Manager", org.personName(person.managerId()));
        }
        showActions(false);
        historyHeading.setVisible(false);
        personalData.removeAll();
        sections().removeAll();
        Span note = new Span("This person is outside your scope: the directory shows their name, title, team and manager;"
                + " the rest of their record (email, level, history, growth path, promotions, succession) is not shown to you.");
        note.setId("out-of-scope");
        sections().add(note);
    }

    private void correct(PersonDetails person) {
        CommandDialog dialog = new CommandDialog("Correct personal data", "Correct", today());
        dialog.explain("The new name or email replaces the old one everywhere in Cadre. The history records that it was"
                + " corrected, by whom and why, but not the values.");
        TextField name = dialog.field("name", new TextField("Name"));
        name.setValue(person.name());
        TextField email = dialog.field("email", new TextField("Email"));
        email.setValue(person.email() == null ? "" : person.email());
        dialog.withReason();
        dialog.onSave(() -> commands.send(new CorrectPersonalData(id, changed(name.getValue(), person.name()),
                changed(email.getValue(), person.email()), null), id, dialog.reason()), this::refresh);
        dialog.open();
    }

    /** The value typed when it differs from the one held, else null: a field left as it was is not corrected. */
    private static String changed(String typed, String held) {
        return typed.strip().equals(held) ? null : typed.strip();
    }

    private void erase(PersonDetails person) {
        CommandDialog dialog = new CommandDialog("Erase personal data", "Erase for good", today());
        dialog.explain("Erases " + person.name() + "'s name and email from Cadre for good: the record, the chart, the directory,"
                + " the audit timeline, import reports and exports will show \"" + PersonName.ERASED + "\". Their history,"
                + " teams, levels and every count stay. This cannot be undone. Give the reason (whose request), without"
                + " their name.");
        dialog.withReason();
        dialog.onSave(() -> commands.send(new ErasePersonalData(id, null), id, dialog.reason()), this::refresh);
        dialog.open();
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
