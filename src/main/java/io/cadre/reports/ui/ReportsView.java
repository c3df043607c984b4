package io.cadre.reports.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.OrgChart;
import io.cadre.platform.consistency.ReadModelChanges;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.ui.LineChart;
import io.cadre.platform.ui.LiveView;
import io.cadre.reports.api.ReportInterval;
import io.cadre.reports.api.ReportKind;
import io.cadre.reports.api.ReportPoint;
import io.cadre.reports.api.ReportSeries;
import io.cadre.reports.api.RunReport;
import io.cadre.reports.web.ReportCsv;
import io.cadre.shared.InvalidInput;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Every report of the organisation: pick one, a date or a span with its interval, and a subtree; a chart beside its
 * table, its figures for the whole, and the same rows as CSV.
 */
@Route("reports")
@PageTitle("Reports · Cadre")
@Menu(title = "Reports", order = 6)
@PermitAll
class ReportsView extends LiveView implements BeforeEnterObserver {

    private static final String ON_A_DATE = "On a date";
    private static final String OVER_TIME = "Over time";

    private final Queries queries;
    private final Clock clock;
    private final Select<ReportKind> report = new Select<>();
    private final RadioButtonGroup<String> mode = new RadioButtonGroup<>();
    private final DatePicker asOf = new DatePicker("As of");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Select<ReportInterval> interval = new Select<>();
    private final ComboBox<ChartTeam> team = new ComboBox<>("Team and below");
    private final Select<String> by = new Select<>();
    private final TextField period = new TextField("Period");
    private final Paragraph summary = new Paragraph();
    private final LineChart chart = new LineChart();
    private final ReportTable table = new ReportTable();
    private final Anchor csv;
    private ReportSeries shown;
    private boolean ready;

    ReportsView(Queries queries, Clock clock, ReadModelChanges changes) {
        super(changes);
        this.queries = queries;
        this.clock = clock;
        report.setLabel("Report");
        report.setId("report-picker");
        report.setItems(ReportKind.values());
        report.setItemLabelGenerator(ReportKind::title);
        report.setValue(ReportKind.HEADCOUNT);
        report.setWidth("16em");
        mode.setId("report-mode");
        mode.setItems(ON_A_DATE, OVER_TIME);
        mode.setValue(ON_A_DATE);
        asOf.setId("report-as-of");
        asOf.setValue(today());
        from.setId("report-from");
        from.setValue(today().minusYears(1));
        to.setId("report-to");
        to.setValue(today());
        interval.setLabel("Every");
        interval.setId("report-interval");
        interval.setItems(ReportInterval.values());
        interval.setItemLabelGenerator(i -> i == ReportInterval.MONTH ? "Month" : "Quarter");
        interval.setValue(ReportInterval.MONTH);
        team.setId("report-team");
        team.setPlaceholder("Whole organisation");
        team.setClearButtonVisible(true);
        team.setItemLabelGenerator(ChartTeam::name);
        by.setLabel("By");
        by.setId("report-by");
        by.setItems("team", "level", "track");
        by.setValue("team");
        period.setId("report-period");
        period.setPlaceholder("Each date's quarter");
        summary.setId("report-summary");
        chart.setId("report-chart");
        chart.setHeight("360px");
        csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = shown == null ? new byte[0] : ReportCsv.write(shown, shown.points().size() > 1).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(), "text/csv", bytes.length);
        }), "Download CSV");
        csv.setId("report-csv");
        HorizontalLayout filters = new HorizontalLayout(report, mode, asOf, from, to, interval, team, by, period, csv);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        HorizontalLayout body = new HorizontalLayout(chart, table);
        body.setWidthFull();
        body.setFlexGrow(1, chart);
        body.setFlexGrow(1, table);
        chart.setWidth("50%");
        table.setWidth("50%");
        add(new H2("Reports"), filters, summary, body);
        report.addValueChangeListener(e -> refresh());
        mode.addValueChangeListener(e -> refresh());
        interval.addValueChangeListener(e -> refresh());
        by.addValueChangeListener(e -> refresh());
        List.of(asOf, from, to).forEach(field -> field.addValueChangeListener(e -> refresh()));
        team.addValueChangeListener(e -> refresh());
        period.addValueChangeListener(e -> refresh());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        OrgChart org = queries.ask(new GetOrgChart(today(), null), OrgChart.class);
        team.setItems(org.teams().stream().sorted(Comparator.comparing(t -> t.name().toLowerCase())).toList());
        QueryParameters parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("report").flatMap(ReportsView::kind).ifPresent(report::setValue);
        parameters.getSingleParameter("team").map(ReportsView::uuid).flatMap(id -> org.teams().stream()
                .filter(t -> t.id().equals(id)).findFirst()).ifPresent(team::setValue);
        parameters.getSingleParameter("by").filter(b -> List.of("team", "level", "track").contains(b)).ifPresent(by::setValue);
        if (parameters.getSingleParameter("series").isPresent()) {
            mode.setValue(OVER_TIME);
        }
        ready = true;
        refresh();
    }

    @Override
    protected void refresh() {
        if (!ready) {
            return;
        }
        boolean series = OVER_TIME.equals(mode.getValue());
        asOf.setVisible(!series);
        from.setVisible(series);
        to.setVisible(series);
        interval.setVisible(series);
        by.setVisible(report.getValue() == ReportKind.HEADCOUNT);
        period.setVisible(report.getValue() == ReportKind.OBJECTIVES);
        UUID root = team.getValue() == null ? null : team.getValue().id();
        String asked = report.getValue() == ReportKind.OBJECTIVES && !period.isEmpty() ? period.getValue().strip() : null;
        try {
            RunReport query = series
                    ? RunReport.series(report.getValue(), orToday(from.getValue()), orToday(to.getValue()), interval.getValue(), root, by.getValue(), asked)
                    : RunReport.on(report.getValue(), orToday(asOf.getValue()), root, by.getValue(), asked);
            if (query.dates().isEmpty() || query.dates().size() > RunReport.MAX_DATES) {
                throw InvalidInput.of("to", "pick a span of 1 to " + RunReport.MAX_DATES + " dates, the end after the start");
            }
            if (asked != null) {
                io.cadre.planning.api.Period.parse("period", asked);
            }
            shown = queries.ask(query, ReportSeries.class);
            ReportCharts.draw(chart, report.getValue(), shown.points());
            table.show(shown.points());
            summary.setText(describe(shown.points().getLast()));
        } catch (InvalidInput e) {
            shown = null;
            summary.setText(e.errors().stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; ")));
            table.setItems(List.of());
        }
    }

    /** The figures for the whole, in words: "Total 42 · Median 5". */
    private static String describe(ReportPoint point) {
        return point.summary().entrySet().stream().map(entry -> {
            Object value = entry.getValue();
            if (value instanceof Collection<?> items) {
                String listed = items.stream().map(item -> item instanceof Map<?, ?> map
                        ? Objects.toString(map.get("name"), "?") + " (" + map.get("directReports") + ")" : String.valueOf(item))
                        .collect(Collectors.joining(", "));
                return ReportTable.header(entry.getKey()) + ": " + (listed.isEmpty() ? "none" : listed);
            }
            if (value instanceof Map<?, ?> map) {
                return ReportTable.header(entry.getKey()) + ": " + map.entrySet().stream()
                        .map(e -> e.getKey().toString().toLowerCase() + " " + e.getValue()).collect(Collectors.joining(", "));
            }
            return entry.getKey().equals("note") ? String.valueOf(value) : ReportTable.header(entry.getKey()) + " " + ReportTable.text(value);
        }).collect(Collectors.joining(" · "));
    }

    private String fileName() {
        return (report.getValue() == null ? "report" : report.getValue().path()) + ".csv";
    }

    private LocalDate orToday(LocalDate date) {
        return date != null ? date : today();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Optional<ReportKind> kind(String path) {
        return Arrays.stream(ReportKind.values()).filter(k -> k.path().equals(path)).findFirst();
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
