package io.cadre.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.OrgChart;
import io.cadre.planning.api.GetObjective;
import io.cadre.planning.api.GetObjectiveHistory;
import io.cadre.planning.api.KeyResultDetails;
import io.cadre.planning.api.ObjectiveChange;
import io.cadre.planning.api.ObjectiveStatus;
import io.cadre.planning.api.ObjectiveDetails;
import io.cadre.platform.consistency.ReadModelChanges;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.ui.LineChart;
import io.cadre.platform.ui.LiveView;
import io.cadre.shared.NotFound;
import io.cadre.shared.Role;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One objective: its record, its key results with their check-ins, the changes an editor can make, and its full history. */
@Route("objectives/:objectiveId")
@PageTitle("Objective · Cadre")
@PermitAll
class ObjectivePage extends LiveView implements BeforeEnterObserver {

    private static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final Queries queries;
    private final Commands commands;
    private final Clock clock;
    private final boolean editor;
    private final H2 heading = new H2();
    private final Paragraph record = new Paragraph();
    private final Paragraph notice = new Paragraph();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Div keyResults = new Div();
    private final NeededPositionsPanel positions;
    private final Grid<ObjectiveChange> history = new Grid<>();
    private UUID id;

    ObjectivePage(Queries queries, Commands commands, ReadModelChanges changes, Clock clock, AuthenticationContext authentication) {
        super(changes);
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
        this.editor = authentication.hasAnyRole(Role.ORG_EDITORS);
        heading.setId("objective-title");
        record.setId("objective-record");
        notice.setId("objective-notice");
        notice.getStyle().set("color", "var(--lumo-error-text-color)");
        keyResults.setId("key-results");
        positions = new NeededPositionsPanel(commands, queries, LocalDate.now(clock), this::refresh);
        history.setId("objective-history");
        history.addColumn(ObjectiveChange::effectiveDate).setHeader("Effective").setAutoWidth(true);
        history.addColumn(ObjectiveChange::summary).setHeader("Change").setFlexGrow(3);
        history.addColumn(ObjectiveChange::actor).setHeader("By").setAutoWidth(true);
        history.addColumn(ObjectiveChange::reason).setHeader("Why").setFlexGrow(2);
        history.addColumn(c -> RECORDED.format(c.recordedAt()) + " UTC").setHeader("Recorded").setAutoWidth(true);
        history.setAllRowsVisible(true);
        history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(heading, record, notice, actions, new H3("Key results"), keyResults, new H3("Positions needed"), positions,
                new H3("History"), history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = UUID.fromString(event.getRouteParameters().get("objectiveId").orElse(""));
            refresh();
        } catch (IllegalArgumentException | NotFound e) {
            removeAll();
            add(new H2("No such objective"), new Span("There is no objective with this id in Cadre."));
        }
    }

    @Override
    protected void refresh() {
        ObjectiveDetails objective = queries.ask(new GetObjective(id, null), ObjectiveDetails.class);
        OrgChart chart = queries.ask(new GetOrgChart(today(), null), OrgChart.class);
        Map<UUID, ChartTeam> teams = chart.teams().stream().collect(Collectors.toMap(ChartTeam::id, Function.identity()));
        heading.setText(objective.title());
        String parent = objective.parentId() == null ? "nothing yet" : parentTitle(objective.parentId());
        record.setText(objective.teamName() + " · " + objective.period() + " · " + objective.status() + " · progress "
                + ObjectiveCard.percent(objective.progress()) + " · aligned under " + parent
                + (objective.description() != null ? " · " + objective.description() : ""));
        notice.setText(objective.teamDissolved() ? "Its team is dissolved: the objective is kept as it was."
                : objective.periodEnded() ? "Its period " + objective.period() + " has ended." : "");
        notice.setVisible(objective.teamDissolved() || objective.periodEnded());
        ObjectiveDialogs dialogs = new ObjectiveDialogs(commands, queries, today(), this::refresh);
        actions.removeAll();
        if (editor) {
            if (objective.status() == ObjectiveStatus.DRAFT) {
                actions.add(action("Commit", () -> dialogs.status(objective, ObjectiveStatus.COMMITTED)));
            }
            actions.add(action("Change status", () -> dialogs.status(objective, objective.status().next().stream().sorted().findFirst()
                    .orElse(null))));
            if (!objective.status().closed()) {
                actions.add(action("Align", () -> dialogs.align(objective, teams)),
                        action("Add key result", () -> dialogs.keyResult(objective, null)));
            }
        }
        positions.show(objective, editor);
        keyResults.removeAll();
        if (objective.keyResults().isEmpty()) {
            keyResults.add(new Paragraph("No key results yet. Add two or three that show, in numbers, that the objective is met."));
        }
        for (KeyResultDetails kr : objective.keyResults()) {
            keyResults.add(keyResult(objective, kr, dialogs));
        }
        history.setItems(queries.askList(new GetObjectiveHistory(id), ObjectiveChange.class).reversed());
    }

    private Div keyResult(ObjectiveDetails objective, KeyResultDetails kr, ObjectiveDialogs dialogs) {
        Div box = new Div();
        box.addClassName("key-result");
        String unit = kr.unit() == null ? "" : " " + kr.unit();
        box.add(new H3(kr.title()), new Span("From " + kr.start().toPlainString() + " to " + kr.target().toPlainString() + unit + ", now "
                + kr.current().toPlainString() + unit + " (" + Math.round(kr.progress() * 100) + "%)"
                + (kr.confidence() != null ? ", " + ObjectiveCard.words(kr.confidence()) : "")), ObjectiveCard.bar(kr));
        if (editor && !objective.status().closed()) {
            HorizontalLayout buttons = new HorizontalLayout(new Button("Reword or retarget", c -> dialogs.keyResult(objective, kr)));
            if (objective.status() == ObjectiveStatus.COMMITTED) {
                Button checkIn = new Button("Check in", c -> dialogs.checkIn(objective, kr));
                checkIn.addClassName("check-in");
                buttons.add(checkIn);
            }
            box.add(buttons);
        }
        box.add(history(objective, kr));
        Grid<io.cadre.planning.api.CheckInDetails> checkIns = new Grid<>();
        checkIns.addClassName("check-ins");
        checkIns.addColumn(io.cadre.planning.api.CheckInDetails::date).setHeader("Date").setAutoWidth(true);
        checkIns.addColumn(c -> c.value().toPlainString() + unit).setHeader("Value").setAutoWidth(true);
        checkIns.addColumn(c -> ObjectiveCard.words(c.confidence())).setHeader("Confidence").setAutoWidth(true);
        checkIns.addColumn(io.cadre.planning.api.CheckInDetails::note).setHeader("Note").setFlexGrow(2);
        checkIns.addColumn(io.cadre.planning.api.CheckInDetails::actor).setHeader("By").setAutoWidth(true);
        checkIns.setItems(kr.checkIns().reversed());
        checkIns.setAllRowsVisible(true);
        checkIns.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        checkIns.setVisible(!kr.checkIns().isEmpty());
        box.add(checkIns);
        return box;
    }

    /**
     * The key result's history: its check-ins in steps (a value holds until the next check-in) against the straight
     * line from its start, when the objective was written, to its target at the end of the period.
     */
    private static LineChart history(ObjectiveDetails objective, KeyResultDetails kr) {
        LineChart chart = new LineChart();
        chart.addClassName("kr-chart");
        chart.setHeight("220px");
        java.util.List<LineChart.Point> actual = new java.util.ArrayList<>();
        actual.add(new LineChart.Point(objective.writtenOn(), kr.start()));
        kr.checkIns().forEach(c -> actual.add(new LineChart.Point(c.date(), c.value())));
        LocalDate end = io.cadre.planning.api.Period.parse("period", objective.period()).end();
        LocalDate from = objective.writtenOn().isBefore(end) ? objective.writtenOn() : end;
        chart.show(kr.unit(), java.util.List.of(
                new LineChart.Series("Check-ins", "#1565c0", false, true, actual),
                new LineChart.Series("Plan: start to target", "#9e9e9e", true, false,
                        java.util.List.of(new LineChart.Point(from, kr.start()), new LineChart.Point(end, kr.target())))));
        return chart;
    }

    private String parentTitle(UUID parentId) {
        try {
            ObjectiveDetails parent = queries.ask(new GetObjective(parentId, null), ObjectiveDetails.class);
            return parent.title() + " (" + parent.teamName() + ", " + parent.period() + ")";
        } catch (NotFound e) {
            return "an objective not yet written on this date";
        }
    }

    private Button action(String label, Runnable open) {
        Button button = new Button(label, click -> open.run());
        button.setId("action-" + label.toLowerCase().replace(' ', '-'));
        return button;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
