package io.cadre.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.FindPeople;
import io.cadre.org.api.HirePerson;
import io.cadre.org.api.PeoplePage;
import io.cadre.org.api.PersonView;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.consistency.ReadModelChanges;
import io.cadre.shared.Role;
import io.cadre.platform.ui.CommandDialog;
import io.cadre.platform.ui.LiveView;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;

/** The people directory: search by name, email, title or employee number, a page at a time; hire from here. */
@Route("people")
@RouteAlias("")
@PageTitle("People · Cadre")
@Menu(title = "People", order = 1)
@PermitAll
class PeopleView extends LiveView {

    private final Queries queries;
    private final Commands commands;
    private final Grid<PersonView> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Span empty = new Span();
    private OrgDirectory directory;

    PeopleView(Queries queries, Commands commands, ReadModelChanges changes, AuthenticationContext authentication) {
        super(changes);
        this.queries = queries;
        this.commands = commands;
        setSizeFull();
        search.setId("people-search");
        search.setPlaceholder("Search name, email, title or employee number");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("28rem");
        search.addValueChangeListener(e -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(search);
        if (authentication.hasAnyRole(Role.ORG_EDITORS)) {
            Button hire = new Button("Hire", VaadinIcon.PLUS.create(), click -> openHireDialog());
            hire.setId("hire");
            hire.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(hire);
        }
        grid.setId("people-grid");
        grid.addColumn(PersonView::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(PersonView::title).setHeader("Title").setAutoWidth(true);
        grid.addColumn(p -> directory.teamName(p.teamId())).setHeader("Team").setAutoWidth(true);
        grid.addColumn(p -> directory.personName(p.managerId())).setHeader("Manager").setAutoWidth(true);
        grid.addColumn(PersonView::level).setHeader("Level");
        grid.addColumn(PersonView::startDate).setHeader("Since");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("people/" + e.getItem().id())));
        empty.setId("people-empty");
        add(new H2("People"), toolbar, empty, grid);
        refresh();
    }

    @Override
    protected void refresh() {
        directory = OrgDirectory.today(queries);
        String q = search.getValue();
        long total = queries.ask(new FindPeople(q, null, 0, 1, null), PeoplePage.class).total();
        empty.setVisible(total == 0);
        empty.setText(q == null || q.isBlank() ? "Nobody works here yet. Hire the first person to start the organisation."
                : "Nobody matches \"" + q + "\".");
        grid.setVisible(total > 0);
        grid.setItems(query -> queries.ask(new FindPeople(q, null, query.getPage(), query.getPageSize(), null), PeoplePage.class)
                .items().stream(), query -> (int) total);
    }

    private void openHireDialog() {
        OrgDirectory org = OrgDirectory.today(queries);
        CommandDialog dialog = new CommandDialog("Hire a person", "Hire", org.date());
        TextField name = dialog.field("name", new TextField("Name"));
        EmailField email = dialog.field("email", new EmailField("Email"));
        TextField title = dialog.field("title", new TextField("Title"));
        ComboBox<ChartTeam> team = dialog.field("teamId", org.teamPicker("Team"));
        ComboBox<ChartPerson> manager = dialog.field("managerId", org.personPicker("Manager"));
        ComboBox<String> level = dialog.field("level", OrgDirectory.levelPicker(queries, "Level"));
        TextField employeeNumber = dialog.field("employeeNumber", new TextField("Employee number"));
        dialog.withDateAndReason("Start date");
        dialog.onSave(() -> {
            UUID id = UUID.randomUUID();
            commands.send(new HirePerson(id, employeeNumber.getValue(), name.getValue(), email.getValue(), title.getValue(),
                    OrgDirectory.id(team.getValue()), OrgDirectory.id(manager.getValue()), level.getValue(),
                    dialog.effectiveDate()), id, dialog.reason());
            return id;
        }, this::refresh);
        dialog.open();
    }
}
