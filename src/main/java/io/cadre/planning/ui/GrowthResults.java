package io.cadre.planning.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.cadre.planning.api.GrowthForecast;
import io.cadre.planning.api.GrowthQuarter;
import io.cadre.planning.api.Period;
import io.cadre.platform.ui.LineChart;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A growth model's answer: people by kind per quarter as stacked bars, the level pyramid of today and of the last
 * quarter, the cost line for those who may see pay, and the table of every quarter.
 */
class GrowthResults extends VerticalLayout {


    private final LineChart kinds = new LineChart();
    private final LineChart pyramid = new LineChart();
    private final LineChart cost = new LineChart();
    private final H4 costTitle = new H4("Cost per year (salary-band mid-points)");
    private final Grid<GrowthQuarter> table = new Grid<>();
    private final Grid.Column<GrowthQuarter> costColumn;

    GrowthResults(String prefix) {

        setPadding(false);
        kinds.setId(prefix + "-kinds-chart");
        pyramid.setId(prefix + "-pyramid-chart");
        cost.setId(prefix + "-cost-chart");
        table.setId(prefix + "-table");
        table.addColumn(GrowthQuarter::quarter).setHeader("Quarter").setAutoWidth(true);
        table.addColumn(GrowthQuarter::headcount).setHeader("Headcount");
        table.addColumn(GrowthQuarter::ics).setHeader("ICs");
        table.addColumn(GrowthQuarter::managers).setHeader("Managers");
        table.addColumn(GrowthQuarter::directors).setHeader("Directors");
        table.addColumn(GrowthQuarter::layers).setHeader("Layers");
        table.addColumn(GrowthQuarter::hires).setHeader("Hires");
        table.addColumn(GrowthQuarter::leavers).setHeader("Leavers");
        table.addColumn(GrowthQuarter::promotions).setHeader("Promotions");
        costColumn = table.addColumn(q -> q.cost() == null ? "" : String.format("%,d", q.cost().longValue())).setHeader("Cost");
        table.setAllRowsVisible(true);
        add(new H4("People by kind"), kinds, new H4("Level pyramid: today and the last quarter"), pyramid, costTitle, cost,
                new H4("Quarter by quarter"), table);
        setVisible(false);
    }

    void show(GrowthForecast forecast) {
        List<GrowthQuarter> rows = new ArrayList<>();
        rows.add(forecast.start());
        rows.addAll(forecast.quarters());
        List<String> quarters = rows.stream().map(GrowthQuarter::quarter).toList();
        kinds.bars("people", quarters, List.of(
                new LineChart.Bars("ICs", "#1565c0", rows.stream().map(q -> BigDecimal.valueOf(q.ics())).toList()),
                new LineChart.Bars("Managers", "#2e7d32", rows.stream().map(q -> BigDecimal.valueOf(q.managers())).toList()),
                new LineChart.Bars("Directors", "#ef6c00", rows.stream().map(q -> BigDecimal.valueOf(q.directors())).toList())), true);
        GrowthQuarter last = rows.getLast();
        pyramid.bars("people", last.pyramid().stream().map(GrowthQuarter.LevelCount::level).toList(), List.of(
                new LineChart.Bars("Today", "#9e9e9e", forecast.start().pyramid().stream().map(l -> BigDecimal.valueOf(l.count())).toList()),
                new LineChart.Bars(last.quarter(), "#1565c0", last.pyramid().stream().map(l -> BigDecimal.valueOf(l.count())).toList())),
                false);
        boolean withCost = forecast.start().cost() != null;
        cost.setVisible(withCost);
        costTitle.setVisible(withCost);
        costColumn.setVisible(withCost);
        if (withCost) {
            cost.show(null, List.of(new LineChart.Series("Cost", "#6a1b9a", false, false, rows.stream()
                    .map(q -> new LineChart.Point(Period.parse("quarter", q.quarter()).end(), q.cost())).toList())));
        }
        table.setItems(rows);
        setVisible(true);
    }

}
