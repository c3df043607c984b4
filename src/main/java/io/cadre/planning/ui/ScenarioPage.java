package io.cadre.planning.ui;

import io.cadre.platform.ui.Words;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import io.cadre.org.api.ChartTeam;
import io.cadre.planning.api.ScenarioPerson;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.GetPersonName;
import io.cadre.org.api.PersonName;
import io.cadre.org.api.OrgChart;
import io.cadre.planning.api.AppliedChange;
import io.cadre.planning.api.OrgFigures;
import io.cadre.planning.api.PlannedChangeDetails;
import io.cadre.planning.api.PlannedChangeStatus;
import io.cadre.planning.api.PlannedPosition;
import io.cadre.planning.api.ScenarioChart;
import io.cadre.planning.api.ScenarioConflict;
import io.cadre.planning.api.ScenarioDetails;
import io.cadre.planning.api.ScenarioImpact;
import io.cadre.planning.service.PlanVersusActual;
import io.cadre.planning.service.ScenarioAccess;
import io.cadre.planning.service.ScenarioPlanner;
import io.cadre.planning.service.ScenarioViews;
import io.cadre.platform.gateway.Queries;
import io.cadre.shared.NotAllowed;
import io.cadre.shared.NotFound;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * One scenario: its planned changes (added by a form, dropped, chosen and applied), the impact before and after, the
 * differences from the live org and the conflicts with it, all on one date.
 */
@Route("scenarios/:scenarioId")
@PageTitle("Scenario · Cadre")
@RolesAllowed({"ADMIN", "HR", "DIRECTOR"})
class ScenarioPage extends VerticalLayout implements BeforeEnterObserver {

    private final ScenarioAccess access;
    private final ScenarioPlanner planner;
    private final ScenarioViews views;
    private final Queries queries;
    private final Clock clock;
    private final H2 title = new H2();
    private final DatePicker asOf = new DatePicker("Show the org on");
    private final Grid<PlannedChangeDetails> changes = new Grid<>();
    private final Grid<String[]> impact = new Grid<>();
    private final ComboBox<ScenarioDetails> compareWith = new ComboBox<>("Compare with");
    private Grid.Column<String[]> otherColumn;
    private final UnorderedList differences = new UnorderedList();
    private final UnorderedList conflicts = new UnorderedList();
    private final Paragraph noConflicts = new Paragraph("No conflicts with the live org.");
    private final Grid<PlannedPosition> positions = new Grid<>();
    private final SideBySideCharts charts = new SideBySideCharts();
    private final Paragraph noPositions = new Paragraph("This scenario opens no positions. Plan an \"Open position\" change to"
            + " follow it from plan to hire here.");
    private final PlanVersusActual planVersusActual;
    private UUID id;
    private ScenarioDetails scenario;
    private ChangeNames names;

    ScenarioPage(ScenarioAccess access, ScenarioPlanner planner, ScenarioViews views, PlanVersusActual planVersusActual,
                 Queries queries, Clock clock) {
        this.access = access;
        this.planVersusActual = planVersusActual;
        this.planner = planner;
        this.views = views;
        this.queries = queries;
        this.clock = clock;
        Button add = new Button("Plan a change", VaadinIcon.PLUS.create(), click -> new PlannedChangeForm(planner, id, names,
                asOf.getValue(), LocalDate.now(clock), this::refresh).open());
        add.setId("plan-change");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button apply = new Button("Apply chosen changes", VaadinIcon.CHECK.create(), click -> apply());
        apply.setId("apply-changes");
        title.setId("scenario-title");
        asOf.setId("as-of");
        asOf.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                refresh();
            }
        });
        changes.setId("planned-changes");
        changes.setSelectionMode(Grid.SelectionMode.MULTI);
        changes.addColumn(c -> Words.of(c.change().type())).setHeader("Change").setAutoWidth(true);
        changes.addColumn(c -> Words.date(c.change().effectiveDate())).setHeader("Effective").setAutoWidth(true);
        changes.addColumn(c -> names.describe(c.change())).setHeader("What").setFlexGrow(3)
                .setTooltipGenerator(c -> names.describe(c.change()));
        changes.addColumn(c -> c.change().reason()).setHeader("Reason").setFlexGrow(2).setTooltipGenerator(c -> c.change().reason());
        changes.addColumn(c -> Words.of(c.status())).setHeader("Status").setAutoWidth(true);
        changes.addComponentColumn(c -> {
            Button drop = new Button("Drop", click -> {
                planner.drop(id, c.id());
                refresh();
            });
            drop.setEnabled(c.status() == PlannedChangeStatus.PLANNED);
            drop.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Button edit = new Button("Edit", click -> new PlannedChangeForm(planner, id, names, asOf.getValue(), LocalDate.now(clock),
                    this::refresh).editing(c).open());
            edit.setEnabled(c.status() == PlannedChangeStatus.PLANNED);
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            edit.setId("edit-" + c.id());
            HorizontalLayout actions = new HorizontalLayout(edit, drop);
            actions.setSpacing(false);
            return actions;
        }).setAutoWidth(true);
        changes.setAllRowsVisible(true);
        impact.setId("impact");
        impact.addColumn(r -> r[0]).setHeader("Figure");
        impact.addColumn(r -> r[1]).setHeader("Live org");
        impact.addColumn(r -> r[2]).setHeader("Scenario");
        otherColumn = impact.addColumn(r -> r[3]).setHeader("Other scenario");
        otherColumn.setVisible(false);
        compareWith.setId("compare-with");
        compareWith.setItemLabelGenerator(ScenarioDetails::name);
        compareWith.setClearButtonVisible(true);
        compareWith.setPlaceholder("Another of your scenarios");
        compareWith.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                refresh();
            }
        });
        impact.setAllRowsVisible(true);
        impact.setWidth("48rem");
        differences.setId("differences");
        conflicts.setId("conflicts");
        noConflicts.setId("no-conflicts");
        positions.setId("plan-vs-actual");
        positions.addColumn(PlannedPosition::title).setHeader("Position").setFlexGrow(2);
        positions.addColumn(p -> names.name(p.teamId())).setHeader("Team").setFlexGrow(2);
        positions.addColumn(p -> Words.date(p.plannedFor())).setHeader("Planned for").setAutoWidth(true);
        positions.addColumn(p -> Words.of(p.planStatus())).setHeader("Plan").setAutoWidth(true);
        positions.addColumn(p -> p.liveStatus() == null ? "not applied" : Words.of(p.liveStatus())).setHeader("Live").setAutoWidth(true);
        positions.addColumn(p -> p.filledBy() == null ? "" : p.filledByName() + " on " + Words.date(p.filledOn()))
                .setHeader("Filled by").setFlexGrow(2);
        positions.setAllRowsVisible(true);
        noPositions.setId("no-planned-positions");
        charts.onMove(this::planMove);
        HorizontalLayout side = new HorizontalLayout(column("Impact", impact), column("Differences", differences));
        side.setWidthFull();
        HorizontalLayout tools = new HorizontalLayout(asOf, compareWith, add, apply);
        tools.setAlignItems(Alignment.BASELINE);
        add(title, tools, changes, charts, side, new H3("Conflicts"), noConflicts, conflicts,
                new H3("Plan versus actual"), noPositions, positions);
    }

    private static VerticalLayout column(String heading, com.vaadin.flow.component.Component content) {
        VerticalLayout column = new VerticalLayout(new H3(heading), content);
        column.setPadding(false);
        return column;
    }

    /** A person dragged onto their new manager on the scenario's chart: the change it asks, for the user to date and explain. */
    private void planMove(UUID subject, UUID target) {
        ScenarioPerson who = names.people.stream().filter(p -> p.id().equals(subject)).findFirst().orElse(null);
        ScenarioPerson newManager = names.people.stream().filter(p -> p.id().equals(target)).findFirst().orElse(null);
        if (who == null || newManager == null) {
            return;
        }
        if (target.equals(who.managerId())) {
            Notification.show(who.name() + " already reports to " + newManager.name() + " in this scenario.", 4000,
                    Notification.Position.MIDDLE);
            return;
        }
        ChartTeam team = names.teams.stream().filter(t -> t.id().equals(newManager.teamId())).findFirst().orElse(null);
        new PlannedChangeForm(planner, id, names, asOf.getValue(), LocalDate.now(clock), this::refresh)
                .moving(who, newManager, team).open();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = UUID.fromString(event.getRouteParameters().get("scenarioId").orElse(""));
            scenario = access.scenario(id);
        } catch (IllegalArgumentException | NotFound | NotAllowed e) {
            event.rerouteToError(NotFound.class, "No scenario of yours with this id");
            return;
        }
        asOf.setValue(scenario.changes().stream().map(c -> c.change().effectiveDate()).max(Comparator.naturalOrder())
                .orElse(LocalDate.now(clock)));
        refresh();
    }

    private void refresh() {
        scenario = access.scenario(id);
        title.setText("Scenario: " + scenario.name());
        LocalDate date = asOf.getValue() == null ? LocalDate.now(clock) : asOf.getValue();
        OrgChart live = queries.ask(new GetOrgChart(date, scenario.rootTeamId()), OrgChart.class);
        ScenarioChart planned = views.chart(id, date);
        names = new ChangeNames(live, planned, person -> queries.ask(new GetPersonName(person), PersonName.class).name());
        charts.show(date, live, planned);
        changes.setItems(scenario.changes());
        ScenarioImpact figures = views.impact(scenario, date, live);
        UUID chosen = compareWith.getValue() == null ? null : compareWith.getValue().id();
        List<ScenarioDetails> others = access.scenarios().stream().filter(o -> !o.id().equals(id)).toList();
        compareWith.setItems(others);
        compareWith.setValue(others.stream().filter(o -> o.id().equals(chosen)).findFirst().orElse(null));
        compareWith.setVisible(!others.isEmpty());
        ScenarioDetails other = compareWith.getValue();
        // Only the other scenario's org is needed: each impact rehearses a whole plan, this one's is above.
        OrgFigures otherFigures = other == null ? null : views.impact(other.id(), date).after();
        otherColumn.setVisible(other != null);
        otherColumn.setHeader(other == null ? "Other scenario" : "Scenario " + other.name());
        impact.setItems(rows(figures.before(), figures.after(), otherFigures));
        differences.removeAll();
        ScenarioDifferences.between(live, planned).forEach(line -> differences.add(new ListItem(line)));
        if (differences.getChildren().findAny().isEmpty()) {
            differences.add(new ListItem("No differences on " + date));
        }
        List<ScenarioConflict> found = views.conflicts(id);
        conflicts.removeAll();
        found.forEach(c -> conflicts.add(new ListItem(Words.of(c.type()) + " on " + Words.date(c.effectiveDate()) + ": " + c.problem())));
        noConflicts.setVisible(found.isEmpty());
        List<PlannedPosition> opened = planVersusActual.of(id);
        positions.setItems(opened);
        positions.setVisible(!opened.isEmpty());
        noPositions.setVisible(opened.isEmpty());
    }

    /** The figures row by row: live, this scenario, and the other scenario compared (blank when none). */
    private static List<String[]> rows(OrgFigures before, OrgFigures after, OrgFigures other) {
        List<Function<OrgFigures, Object>> figures = List.of(OrgFigures::headcount, OrgFigures::managers, OrgFigures::layers,
                OrgFigures::medianSpan, OrgFigures::cost);
        List<String> labels = List.of("Headcount", "Managers", "Layers", "Median span", "Cost (band mid-points)");
        List<String[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            rows.add(new String[] {labels.get(i), text(figures.get(i).apply(before)), text(figures.get(i).apply(after)),
                    other == null ? "" : text(figures.get(i).apply(other))});
        }
        java.util.Set<String> levels = new java.util.TreeSet<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        before.pyramid().forEach(l -> levels.add(l.level()));
        after.pyramid().forEach(l -> levels.add(l.level()));
        if (other != null) {
            other.pyramid().forEach(l -> levels.add(l.level()));
        }
        for (String level : levels) {
            rows.add(new String[] {"Level " + (level == null ? "none" : level), count(before, level), count(after, level),
                    other == null ? "" : count(other, level)});
        }
        return rows;
    }

    private static String count(OrgFigures figures, String level) {
        return String.valueOf(figures.pyramid().stream().filter(l -> Objects.equals(l.level(), level))
                .mapToInt(OrgFigures.LevelCount::count).sum());
    }

    private static String text(Object value) {
        return value == null ? "–" : value.toString();
    }

    private void apply() {
        List<UUID> chosen = changes.getSelectedItems().stream().map(PlannedChangeDetails::id).toList();
        if (chosen.isEmpty()) {
            Notification.show("Choose the planned changes to apply first");
            return;
        }
        List<AppliedChange> results = planner.apply(id, chosen);
        long applied = results.stream().filter(AppliedChange::applied).count();
        String refused = results.stream().filter(r -> !r.applied()).map(AppliedChange::problem).reduce((a, b) -> a + "; " + b).orElse("");
        Notification.show(applied + " applied" + (refused.isEmpty() ? "" : "; refused: " + refused), 6000, Notification.Position.BOTTOM_START);
        changes.deselectAll();
        refresh();
    }
}
