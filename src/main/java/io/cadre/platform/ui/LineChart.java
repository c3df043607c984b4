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
 * Cadre's one chart, drawn in the browser by Apache ECharts in its {@code cadre-line-chart} web component
 * (frontend/charts): lines of values over dates, bars over categories, or a pie; every view and report uses it.
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

    /** One series of bars: its name, colour (null: the chart's own) and a value per category, in the categories' order. */
    public record Bars(String name, String color, List<BigDecimal> values) {
    }

    /** A slice of a pie: its label and value. */
    public record Slice(String label, BigDecimal value) {
    }

    /** Bars of each series over the categories, side by side or stacked. */
    public void bars(String unit, List<String> categories, List<Bars> series, boolean stacked) {
        getElement().callJsFunction("show", barsJson(unit, categories, series, stacked));
    }

    /** A pie of the slices. */
    public void pie(String name, List<Slice> slices) {
        getElement().callJsFunction("show", pieJson(name, slices));
    }

    static String barsJson(String unit, List<String> categories, List<Bars> series, boolean stacked) {
        return "{\"kind\":\"bar\",\"unit\":" + text(unit) + ",\"stacked\":" + stacked + ",\"categories\":["
                + categories.stream().map(LineChart::text).collect(Collectors.joining(",")) + "],\"series\":["
                + series.stream().map(s -> "{\"name\":" + text(s.name()) + ",\"color\":" + text(s.color()) + ",\"values\":["
                        + s.values().stream().map(LineChart::number).collect(Collectors.joining(",")) + "]}")
                .collect(Collectors.joining(",")) + "]}";
    }

    static String pieJson(String name, List<Slice> slices) {
        return "{\"kind\":\"pie\",\"series\":[{\"name\":" + text(name) + ",\"slices\":["
                + slices.stream().map(s -> "[" + text(s.label()) + "," + number(s.value()) + "]").collect(Collectors.joining(","))
                + "]}]}";
    }

    private static String number(BigDecimal value) {
        return value == null ? "null" : value.toPlainString();
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
