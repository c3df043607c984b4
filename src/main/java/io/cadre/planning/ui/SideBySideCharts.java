package io.cadre.planning.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.OrgChart;
import io.cadre.planning.api.ScenarioChart;
import io.cadre.planning.api.ScenarioPerson;
import io.cadre.platform.ui.ChartNode;
import io.cadre.platform.ui.OrgChartDiagram;
import io.cadre.platform.ui.Words;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The live org and the scenario's org on the same date, drawn side by side by the org chart's own diagram: on the
 * scenario's side, who joins (a planned position, dashed, or someone new) and which teams are formed are marked green,
 * who moves to another team or manager orange. Who leaves is in the list of differences beside.
 */
final class SideBySideCharts extends HorizontalLayout {

    private final OrgChartDiagram live = new OrgChartDiagram();
    private final OrgChartDiagram planned = new OrgChartDiagram();
    private final H3 liveHeading = new H3();
    private final H3 plannedHeading = new H3();

    SideBySideCharts() {
        live.setId("live-chart");
        planned.setId("scenario-chart");
        setWidthFull();
        Span hint = new Span("Drag a person onto their new manager to plan the move.");
        hint.setId("drag-hint");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Span asIs = new Span("As the organisation stands, without the plan.");
        asIs.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(side(liveHeading, live, asIs), side(plannedHeading, planned, hint));
    }

    private static VerticalLayout side(H3 heading, OrgChartDiagram diagram, Span hint) {
        diagram.setWidthFull();
        diagram.setHeight("460px");
        VerticalLayout side = new VerticalLayout(heading, hint, diagram);
        side.setSpacing(false);
        side.setPadding(false);
        side.setWidth("50%");
        return side;
    }

    void show(LocalDate date, OrgChart before, ScenarioChart after) {
        liveHeading.setText("Live org on " + Words.date(date));
        plannedHeading.setText("Scenario on " + Words.date(date));
        // Each side names teams as its own org does: a team the plan renames keeps its live name on the live side.
        Map<UUID, String> liveNames = new HashMap<>();
        before.teams().forEach(t -> liveNames.put(t.id(), t.name()));
        Map<UUID, String> plannedNames = new HashMap<>();
        after.teams().forEach(t -> plannedNames.put(t.id(), t.name()));
        Set<UUID> wasOnChart = before.people().stream().map(ChartPerson::id).collect(Collectors.toSet());
        live.show(ChartNode.chart("people", false, before.people().stream().map(p -> new ChartNode(p.id(),
                wasOnChart.contains(p.managerId()) ? p.managerId() : null, p.name(), p.title(), null, p.teamId(),
                liveNames.get(p.teamId()), false)).toList()));
        Set<UUID> onChart = after.people().stream().map(ScenarioPerson::id).collect(Collectors.toSet());
        planned.show(ChartNode.chart("people", true, after.people().stream().map(p -> new ChartNode(p.id(),
                onChart.contains(p.managerId()) ? p.managerId() : null, p.name(), p.title(), null, p.teamId(), plannedNames.get(p.teamId()),
                p.planned())).toList()));
        planned.highlight(ChartNode.marks(marks(before, after)));
    }

    /** A person of the scenario's chart dragged onto another: who, and onto whom (planned positions are never dragged). */
    void onMove(BiConsumer<UUID, UUID> planMove) {
        planned.onMoveRequested(planMove);
    }

    /** Joined or formed (green), moved (orange): what the scenario's chart shows differently from the live one. */
    static Map<UUID, String> marks(OrgChart before, ScenarioChart after) {
        Map<UUID, ChartPerson> was = before.people().stream().collect(Collectors.toMap(ChartPerson::id, Function.identity()));
        Set<UUID> teamsBefore = before.teams().stream().map(ChartTeam::id).collect(Collectors.toSet());
        Map<UUID, String> marks = new HashMap<>();
        for (ScenarioPerson person : after.people()) {
            ChartPerson earlier = was.get(person.id());
            if (earlier == null) {
                marks.put(person.id(), "joined");
            } else if (!earlier.teamId().equals(person.teamId()) || !Objects.equals(earlier.managerId(), person.managerId())) {
                marks.put(person.id(), "moved");
            }
        }
        after.teams().stream().map(ChartTeam::id).filter(id -> !teamsBefore.contains(id)).forEach(id -> marks.put(id, "formed"));
        return marks;
    }
}
