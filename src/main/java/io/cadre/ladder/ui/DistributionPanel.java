package io.cadre.ladder.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.cadre.ladder.api.GetLevelDistribution;
import io.cadre.ladder.api.LevelDistribution;
import io.cadre.ladder.api.LevelDistribution.LevelCount;
import io.cadre.ladder.api.LevelDistribution.TrackCount;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.OrgChart;
import io.cadre.platform.gateway.Queries;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;

/**
 * How many people, in the whole organisation or one team and below, sit on each level of each track on a
 * date, and who sits on a retired level awaiting a decision.
 */
final class DistributionPanel extends VerticalLayout {

    private final Queries queries;
    private final DatePicker asOf = new DatePicker("As of");
    private final ComboBox<ChartTeam> team = new ComboBox<>("Team and below");
    private final VerticalLayout tracks = new VerticalLayout();
    private UUID ladderId;

    DistributionPanel(Queries queries, LocalDate today) {
        this.queries = queries;
        setPadding(false);
        setId("distribution");
        asOf.setId("distribution-date");
        asOf.setValue(today);
        asOf.addValueChangeListener(e -> refresh());
        team.setId("distribution-team");
        team.setPlaceholder("the whole organisation");
        team.setClearButtonVisible(true);
        team.setWidth("20rem");
        team.setItemLabelGenerator(ChartTeam::name);
        team.setItems(queries.ask(new GetOrgChart(today, null), OrgChart.class).teams().stream()
                .sorted(Comparator.comparing(t -> t.name().toLowerCase())).toList());
        team.addValueChangeListener(e -> refresh());
        tracks.setPadding(false);
        add(new HorizontalLayout(asOf, team), tracks);
    }

    void show(UUID ladderId) {
        this.ladderId = ladderId;
        refresh();
    }

    private void refresh() {
        tracks.removeAll();
        if (ladderId == null || asOf.getValue() == null) {
            return;
        }
        LevelDistribution distribution = queries.ask(new GetLevelDistribution(ladderId, asOf.getValue(),
                team.getValue() == null ? null : team.getValue().id()), LevelDistribution.class);
        int most = distribution.tracks().stream().flatMap(t -> t.levels().stream()).mapToInt(LevelCount::people).max().orElse(1);
        for (TrackCount track : distribution.tracks()) {
            Grid<LevelCount> grid = new Grid<>();
            grid.setAllRowsVisible(true);
            grid.addColumn(l -> l.title() + (l.retired() ? " (retired)" : "")).setHeader("Level").setWidth("20rem").setFlexGrow(0);
            grid.addColumn(LevelCount::people).setHeader("People").setWidth("7rem").setFlexGrow(0);
            grid.addComponentColumn(l -> bar(l.people(), Math.max(most, 1))).setHeader("");
            grid.setItems(track.levels());
            tracks.add(new H4(track.name() + " · " + track.total() + " people"), grid);
        }
        tracks.add(new Paragraph(distribution.elsewhere() + " people on another ladder, a free label or no level."));
        if (!distribution.onRetiredLevels().isEmpty()) {
            Paragraph retired = new Paragraph("On retired levels, awaiting a decision: " + String.join(", ", distribution.onRetiredLevels()
                    .stream().map(p -> p.name() + " (" + p.level() + ")").toList()));
            retired.setId("retired-people");
            tracks.add(retired);
        }
    }

    private static Div bar(int people, int most) {
        Div bar = new Div();
        bar.getStyle().set("height", "0.8em").set("border-radius", "3px").set("background", "var(--lumo-primary-color)")
                .set("width", (100.0 * people / most) + "%");
        Div track = new Div(bar);
        track.setWidthFull();
        return track;
    }
}
