package io.cadre.platform.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A line chart of values over dates, drawn in the browser by Apache ECharts in Cadre's {@code cadre-line-chart} web
 * component (frontend/charts): the one chart every view uses for values over time.
 */
@Tag("cadre-line-chart")
@JsModule("./charts/cadre-line-chart.js")
@NpmPackage(value = "echarts", version = "6.1.0")
public final class LineChart extends Component implements HasSize {

    /** One line: its name, colour (null: the chart's own), whether it is dashed or drawn in steps, and its points. */
    public record Series(String name, String color, boolean dashed, boolean step, List<Point> points) {
    }

    /** A value on a date. */
    public record Point(LocalDate date, BigDecimal value) {
    }

    public void show(String unit, List<Series> series) {
        getElement().callJsFunction("show", json(unit, series));
    }

    static String json(String unit, List<Series> series) {
        return "{\"unit\":" + text(unit) + ",\"series\":[" + series.stream().map(s -> "{\"name\":" + text(s.name()) + ",\"color\":"
                + text(s.color()) + ",\"dashed\":" + s.dashed() + ",\"step\":" + s.step() + ",\"points\":["
                + s.points().stream().map(p -> "[\"" + p.date() + "\"," + p.value().toPlainString() + "]").collect(Collectors.joining(","))
                + "]}").collect(Collectors.joining(",")) + "]}";
    }

    private static String text(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
