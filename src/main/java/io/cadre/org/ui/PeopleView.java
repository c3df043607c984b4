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
import io.cadre.org.api.ListPeople;
import io.cadre.org.api.PeopleOrder;
import io.cadre.org.api.HirePerson;
import io.cadre.org.api.PeoplePage;
import io.cadre.org.api.PersonDetails;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.consistency.ReadModelChanges;
import io.cadre.shared.Role;
import io.cadre.platform.ui.CommandDialog;
import io.cadre.platform.ui.LiveView;
import io.cadre.platform.ui.Words;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.UUID;

/**
 * The people directory: search, filter by team (and below), level, manager, status and start date, sort by any column,
 * export what is shown as CSV; hire from here.
 */
@Route("people")
@RouteAlias("")
@PageTitle("People · Cadre")
@Menu(title = "People", order = 1)
@PermitAll
class PeopleView extends LiveView {

    private final Queries queries;
    private final Commands commands;
    private final Grid<PersonDetails> grid = new Grid<>();
    private final TextField search = new TextField();
    private final PeopleFilters filters;
    private final Span total = new Span();
    private final Span empty = new Span();
    private OrgDirectory directory;
    private LevelTitles levels;
    private List<QuerySortOrder> shownOrder = List.of();

    PeopleView(Queries queries, Commands commands, ReadModelChanges changes, AuthenticationContext authentication) {
        super(changes);
        this.queries = queries;
        this.commands = commands;
        setSizeFull();
        directory = OrgDirectory.today(queries);
        levels = LevelTitles.of(queries);
        search.setId("people-search");
        search.setPlaceholder("Search name, email, title or employee number");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("28rem");
        search.addValueChangeListener(e -> refresh());
        filters = new PeopleFilters(directory, levels, this::refresh);
        total.setId("people-total");
        HorizontalLayout toolbar = new HorizontalLayout(search);
        toolbar.setAlignItems(Alignment.BASELINE);
        if (authentication.hasAnyRole(Role.ORG_EDITORS)) {
            Button hire = new Button("Hire", VaadinIcon.PLUS.create(), click -> openHireDialog());
            hire.setId("hire");
            hire.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(hire);
        }
        HorizontalLayout summary = new HorizontalLayout(total, csvExport());
        summary.setAlignItems(Alignment.BASELINE);
        grid.setId("people-grid");
        column(PersonDetails::name, "Name", PeopleOrder.NAME);
        column(PersonDetails::title, "Title", PeopleOrder.TITLE);
        column(p -> directory.teamName(p.teamId()), "Team", PeopleOrder.TEAM);
        column(p -> directory.personName(p.managerId()), "Manager", PeopleOrder.MANAGER);
        column(p -> levels.title(p.level()), "Level", PeopleOrder.LEVEL).setTooltipGenerator(PersonDetails::level);
        column(p -> Words.date(p.startDate()), "Since", PeopleOrder.START_DATE).setFlexGrow(0).setWidth("8rem");
        grid.addColumn(p -> p.leftOn() == null ? Words.of(p.status()) : "Left " + Words.date(p.leftOn())).setHeader("Status")
                .setFlexGrow(0).setWidth("9rem");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("people/" + e.getItem().id())));
        empty.setId("people-empty");
        add(new H2("People"), toolbar, filters, summary, empty, grid);
        refresh();
    }

    private Grid.Column<PersonDetails> column(ValueProvider<PersonDetails, String> value, String header, PeopleOrder order) {
        return grid.addColumn(value).setHeader(header).setResizable(true).setSortable(true).setSortProperty(order.name());
    }

    private ListPeople query(List<QuerySortOrder> sort, int page, int size) {
        PeopleOrder order = sort.isEmpty() ? PeopleOrder.NAME : PeopleOrder.valueOf(sort.get(0).getSorted());
        boolean descending = !sort.isEmpty() && sort.get(0).getDirection() == SortDirection.DESCENDING;
        return filters.query(search.getValue(), order, descending, page, size);
    }

    @Override
    protected void refresh() {
        directory = OrgDirectory.today(queries);
        levels = LevelTitles.of(queries);
        long count = queries.ask(query(List.of(), 0, 1), PeoplePage.class).total();
        total.setText(Words.count(count, "person", "people"));
        boolean filtered = !search.isEmpty() || filters.any();
        empty.setVisible(count == 0);
        empty.setText(filtered ? "Nobody matches these filters." : "Nobody works here yet. Hire the first person to start the organisation.");
        grid.setVisible(count > 0);
        grid.setItems(query -> {
            shownOrder = query.getSortOrders();
            return queries.ask(query(shownOrder, query.getPage(), query.getPageSize()), PeoplePage.class).items().stream();
        }, query -> (int) count);
    }

    /** The people the view shows, every page of them, in its order, as CSV with ISO dates. */
    private Anchor csvExport() {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] body = PeopleCsv.write(queries.ask(query(shownOrder, 0, 100_000), PeoplePage.class).items(), directory)
                    .getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(body), "people-" + directory.date() + ".csv", "text/csv", body.length);
        }), "Export CSV");
        link.setId("people-export");
        link.getElement().setAttribute("download", true);
        return link;
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
