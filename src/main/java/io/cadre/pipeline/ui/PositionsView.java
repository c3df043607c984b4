package io.cadre.pipeline.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.OrgChart;
import io.cadre.pipeline.api.FindPositions;
import io.cadre.pipeline.api.GetPipelineMetrics;
import io.cadre.pipeline.api.PipelineMetrics;
import io.cadre.pipeline.api.PositionDetails;
import io.cadre.pipeline.api.PositionPage;
import io.cadre.pipeline.api.PositionStatus;
import io.cadre.pipeline.api.StageConversion;
import io.cadre.platform.consistency.ReadModelChanges;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.ui.LiveView;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every position of a team and the teams below it (or of all), filtered by status and age, each with its age and, once
 * filled, its time to fill; above them the median time to fill and the conversion from each candidate stage to the next.
 */
@Route("positions")
@PageTitle("Positions · Cadre")
@Menu(title = "Positions", order = 5.1)
@PermitAll
class PositionsView extends LiveView implements BeforeEnterObserver {

    private static final int PAGE = 200;
    private static final List<Integer> AGES = List.of(0, 30, 60, 90, 180);

    private final Queries queries;
    private final Map<UUID, String> teamNames;
    private final ComboBox<ChartTeam> team = new ComboBox<>("Team and below");
    private final ComboBox<PositionStatus> status = new ComboBox<>("Status", PositionStatus.values());
    private final ComboBox<Integer> age = new ComboBox<>("Age", AGES);
    private final Span timeToFill = new Span();
    private final Span conversion = new Span();
    private final Span shown = new Span();
    private final Grid<PositionDetails> grid = new Grid<>();

    PositionsView(Queries queries, ReadModelChanges changes) {
        super(changes);
        this.queries = queries;
        setSizeFull();
        OrgChart org = queries.ask(new GetOrgChart(null, null), OrgChart.class);
        teamNames = org.teams().stream().collect(Collectors.toMap(ChartTeam::id, ChartTeam::name));
        team.setId("positions-team");
        team.setItems(org.teams().stream().sorted(Comparator.comparing(ChartTeam::name)).toList());
        team.setItemLabelGenerator(ChartTeam::name);
        team.setClearButtonVisible(true);
        status.setId("positions-status");
        status.setClearButtonVisible(true);
        age.setId("positions-age");
        age.setItemLabelGenerator(days -> days == 0 ? "Any age" : days + " days or older");
        age.setValue(0);
        List.of(team, status, age).forEach(field -> field.addValueChangeListener(e -> refresh()));
        timeToFill.setId("median-time-to-fill");
        conversion.setId("stage-conversion");
        shown.setId("positions-shown");
        grid.setId("positions");
        grid.addColumn(PositionDetails::title).setHeader("Title").setFlexGrow(2);
        grid.addColumn(p -> teamNames.getOrDefault(p.teamId(), "")).setHeader("Team");
        grid.addColumn(PositionDetails::level).setHeader("Level");
        grid.addColumn(p -> p.status().name()).setHeader("Status");
        grid.addColumn(PositionDetails::ageDays).setHeader("Age (days)").setComparator(PositionDetails::ageDays);
        grid.addColumn(p -> p.approvedOn() == null ? "" : p.approvedOn().toString()).setHeader("Approved");
        grid.addColumn(p -> p.timeToFillDays() == null ? "" : p.timeToFillDays() + " days").setHeader("Time to fill");
        grid.setSizeFull();
        HorizontalLayout filters = new HorizontalLayout(team, status, age);
        add(new H2("Positions"), filters, timeToFill, conversion, shown, grid);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> wanted = event.getLocation().getQueryParameters().getParameters().getOrDefault("team", List.of());
        if (!wanted.isEmpty()) {
            team.getListDataView().getItems().filter(t -> t.id().toString().equals(wanted.getFirst())).findFirst().ifPresent(team::setValue);
        }
    }

    @Override
    protected void refresh() {
        UUID teamId = team.getValue() == null ? null : team.getValue().id();
        Integer minAge = age.getValue() == null || age.getValue() == 0 ? null : age.getValue();
        PositionPage page = queries.ask(new FindPositions(teamId, status.getValue(), null, minAge, 0, PAGE), PositionPage.class);
        grid.setItems(page.items());
        shown.setText(page.total() > page.items().size() ? "The " + page.items().size() + " newest of " + page.total() + " positions"
                : page.total() + " positions");
        PipelineMetrics metrics = queries.ask(new GetPipelineMetrics(teamId), PipelineMetrics.class);
        timeToFill.setText(metrics.medianTimeToFillDays() == null ? "Median time to fill: no position filled yet"
                : "Median time to fill: " + Math.round(metrics.medianTimeToFillDays()) + " days (" + metrics.filledPositions()
                + " filled, " + metrics.openPositions() + " open)");
        conversion.setText("Conversion: " + metrics.conversion().stream().map(stage).collect(Collectors.joining(" · ")));
    }

    private final Function<StageConversion, String> stage = c -> name(c.from().name()) + " → " + name(c.to().name()) + " "
            + (c.rate() == null ? "–" : Math.round(c.rate() * 100) + "%") + " (" + c.advanced() + "/" + c.reached() + ")";

    private static String name(String stage) {
        return stage.charAt(0) + stage.substring(1).toLowerCase();
    }
}
