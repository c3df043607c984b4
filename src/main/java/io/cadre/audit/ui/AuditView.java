package io.cadre.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.cadre.audit.api.AuditEntry;
import io.cadre.audit.api.AuditKinds;
import io.cadre.audit.api.AuditPage;
import io.cadre.audit.api.FindAuditEntries;
import io.cadre.audit.api.ListAuditKinds;
import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.OrgChart;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The audit timeline as a filterable list, newest first: each change with its summary, the fields before and after, why,
 * who, when recorded and from when, and its cause when a process made it. Filters: person, team (and its sub-teams),
 * actor, kinds of change, effective period and recorded period. {@code audit?person=<id>&line=reporting} opens on that
 * person's reporting-line changes ("Why does X report to Y?").
 */
@Route("audit")
@PageTitle("Audit · Cadre")
@Menu(title = "Audit", order = 8)
@RolesAllowed({"ADMIN", "HR", "DIRECTOR"})
class AuditView extends VerticalLayout implements BeforeEnterObserver {

    /** The kinds of change that make or alter whom a person reports to, and in which team. */
    static final Set<String> REPORTING_LINE = Set.of("PERSON_HIRED", "MANAGER_CHANGED", "PERSON_TRANSFERRED", "PERSON_LEFT");
    private static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final Queries queries;
    private final Clock clock;
    private final ComboBox<ChartPerson> person = new ComboBox<>("Person");
    private final ComboBox<ChartTeam> team = new ComboBox<>("Team and sub-teams");
    private final TextField actor = new TextField("Actor");
    private final MultiSelectComboBox<String> kinds = new MultiSelectComboBox<>("Kinds of change");
    private final DatePicker from = new DatePicker("Effective from");
    private final DatePicker to = new DatePicker("Effective to");
    private final DatePicker recordedFrom = new DatePicker("Recorded from");
    private final DatePicker recordedTo = new DatePicker("Recorded to");
    private final Span total = new Span();
    private final Grid<AuditEntry> grid = new Grid<>();
    private UUID subjectOnly;
    private final Retraction retraction;

    AuditView(Queries queries, Clock clock, Commands commands) {
        this.queries = queries;
        this.clock = clock;
        this.retraction = new Retraction(commands, this::refresh);
        setSizeFull();
        OrgChart org = queries.ask(new GetOrgChart(LocalDate.now(clock), null), OrgChart.class);
        person.setItems(org.people().stream().sorted(Comparator.comparing(ChartPerson::name)).toList());
        person.setItemLabelGenerator(ChartPerson::name);
        person.setId("audit-person");
        team.setItems(org.teams().stream().sorted(Comparator.comparing(ChartTeam::name)).toList());
        team.setItemLabelGenerator(ChartTeam::name);
        team.setId("audit-team");
        actor.setId("audit-actor");
        actor.setClearButtonVisible(true);
        kinds.setItems(queries.ask(new ListAuditKinds(), AuditKinds.class).kinds());
        kinds.setId("audit-kinds");
        from.setId("audit-from");
        to.setId("audit-to");
        recordedFrom.setId("audit-recorded-from");
        recordedTo.setId("audit-recorded-to");
        person.addValueChangeListener(e -> {
            subjectOnly = null;
            refresh();
        });
        team.addValueChangeListener(e -> refresh());
        kinds.addValueChangeListener(e -> refresh());
        for (DatePicker date : List.of(from, to, recordedFrom, recordedTo)) {
            date.addValueChangeListener(e -> refresh());
        }
        actor.addValueChangeListener(e -> refresh());
        Button lastQuarter = new Button("Last quarter", e -> lastQuarter());
        lastQuarter.setId("audit-last-quarter");
        Button clear = new Button("Clear filters", e -> clear());
        clear.setId("audit-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout who = new HorizontalLayout(person, team, actor, kinds);
        HorizontalLayout when = new HorizontalLayout(from, to, lastQuarter, recordedFrom, recordedTo, clear);
        List.of(who, when).forEach(row -> {
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            row.getStyle().set("flex-wrap", "wrap");
        });
        total.setId("audit-total");
        configureGrid();
        add(new H2("Audit timeline"), who, when, total, grid);
        expand(grid);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        String id = parameters.getOrDefault("person", List.of()).stream().findFirst().orElse(null);
        if (id == null) {
            return;
        }
        UUID personId;
        try {
            personId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return;
        }
        person.getListDataView().getItems().filter(p -> p.id().equals(personId)).findFirst().ifPresent(person::setValue);
        if (parameters.getOrDefault("line", List.of()).contains("reporting")) {
            kinds.setValue(REPORTING_LINE);
            subjectOnly = personId;
            refresh();
        }
    }

    private void configureGrid() {
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> RECORDED.format(e.recordedAt())).setHeader("Recorded").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::effectiveDate).setHeader("Effective").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::type).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::summary).setHeader("Change").setFlexGrow(3);
        grid.addColumn(Changes::beforeAfter).setHeader("Before → after").setFlexGrow(2);
        grid.addColumn(AuditEntry::reason).setHeader("Reason").setFlexGrow(2);
        grid.addColumn(AuditEntry::actor).setHeader("Actor").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::causeButton).setHeader("Cause").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(retraction::button).setHeader("").setAutoWidth(true).setFlexGrow(0);
    }

    private com.vaadin.flow.component.Component causeButton(AuditEntry entry) {
        if (entry.causationId() == null) {
            return new Span();
        }
        Button cause = new Button("Cause", e -> showCause(entry));
        cause.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        cause.addClassName("audit-cause");
        return cause;
    }

    private void showCause(AuditEntry entry) {
        AuditPage found = queries.ask(new FindAuditEntries(null, null, null, null, Set.of(), null, null, null, null,
                entry.causationId(), 0, 1), AuditPage.class);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("What caused it");
        dialog.setId("audit-cause");
        if (found.items().isEmpty()) {
            dialog.add(new Paragraph("The cause (event " + entry.causationId() + ") is not in the timeline yet."));
        } else {
            AuditEntry cause = found.items().getFirst();
            dialog.add(new Paragraph(cause.summary()), new Paragraph("By " + cause.actor() + ", recorded "
                    + RECORDED.format(cause.recordedAt()) + " UTC, effective " + cause.effectiveDate()
                    + (cause.reason() == null ? "" : ". Reason: " + cause.reason())));
        }
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }

    private void lastQuarter() {
        LocalDate today = LocalDate.now(clock);
        LocalDate thisQuarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        from.setValue(thisQuarter.minusMonths(3));
        to.setValue(thisQuarter.minusDays(1));
    }

    private void clear() {
        subjectOnly = null;
        person.clear();
        team.clear();
        actor.clear();
        kinds.clear();
        from.clear();
        to.clear();
        recordedFrom.clear();
        recordedTo.clear();
    }

    private FindAuditEntries filters(int page, int size) {
        Instant recordedAfter = recordedFrom.getValue() == null ? null : recordedFrom.getValue().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant recordedBefore = recordedTo.getValue() == null ? null
                : recordedTo.getValue().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1000);
        UUID personId = person.getValue() == null ? null : person.getValue().id();
        String who = actor.getValue() == null || actor.getValue().isBlank() ? null : actor.getValue().strip();
        return new FindAuditEntries(subjectOnly == null ? personId : null, subjectOnly,
                team.getValue() == null ? null : team.getValue().id(), who, kinds.getValue(), from.getValue(), to.getValue(),
                recordedAfter, recordedBefore, null, page, size);
    }

    private void refresh() {
        // The total is counted once per change of filters: on a long timeline, counting a broad filter is the slow part.
        long count = queries.ask(filters(0, 1), AuditPage.class).total();
        total.setText(count == 1 ? "1 change" : count + " changes");
        int rows = (int) Math.min(Integer.MAX_VALUE, count);
        grid.setItems(query -> queries.ask(filters(query.getPage(), query.getPageSize()), AuditPage.class).items().stream(),
                query -> rows);
    }
}
