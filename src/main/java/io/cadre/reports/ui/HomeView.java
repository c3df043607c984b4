package io.cadre.reports.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.CompareOrgCharts;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.OrgChange;
import io.cadre.org.api.OrgChanges;
import io.cadre.org.api.OrgChart;
import io.cadre.planning.api.Period;
import io.cadre.platform.consistency.ReadModelChanges;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.security.LinkedPeople;
import io.cadre.platform.ui.LineChart;
import io.cadre.platform.ui.LiveView;
import io.cadre.reports.api.ReportInterval;
import io.cadre.reports.api.ReportKind;
import io.cadre.reports.api.ReportPoint;
import io.cadre.reports.api.ReportSeries;
import io.cadre.reports.api.RunReport;
import io.cadre.shared.Role;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The organisation at a glance, where directors, HR and administrators land after signing in: a director sees the
 * teams their linked person leads and everything below, HR and administrators the whole organisation. Headcount and
 * its trend over twelve months, open positions, this quarter's objectives, span-of-control outliers, attrition and the
 * changes of the last thirty days, each linking to its view.
 */
@Route("home")
@PageTitle("Home · Cadre")
@Menu(title = "Home", order = 0)
@PermitAll
class HomeView extends LiveView implements BeforeEnterObserver {

    private static final int RECENT_DAYS = 30;
    private static final int CHANGES_SHOWN = 8;

    private final Queries queries;
    private final Clock clock;
    private final boolean director;
    private final Optional<UUID> me;
    private final Select<ChartTeam> scope = new Select<>();
    private final Paragraph heading = new Paragraph();
    private final Div cards = new Div();
    private boolean ready;

    HomeView(Queries queries, Clock clock, ReadModelChanges changes, AuthenticationContext authentication, LinkedPeople people) {
        super(changes);
        this.queries = queries;
        this.clock = clock;
        this.director = authentication.hasRole(Role.DIRECTOR.name()) && !authentication.hasAnyRole(Role.ADMIN.name(), Role.HR.name());
        this.me = authentication.getPrincipalName().flatMap(people::personOf);
        heading.setId("home-scope");
        scope.setId("home-team");
        scope.setLabel("Your teams");
        scope.setItemLabelGenerator(ChartTeam::name);
        scope.setVisible(false);
        scope.addValueChangeListener(e -> refresh());
        cards.setId("home-cards");
        cards.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(340px, 1fr))")
                .set("gap", "var(--lumo-space-m)").set("width", "100%");
        add(new H2("At a glance"), heading, scope, cards);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (director) {
            OrgChart chart = queries.ask(new GetOrgChart(today(), null), OrgChart.class);
            Map<UUID, ChartTeam> teams = chart.teams().stream().collect(Collectors.toMap(ChartTeam::id, t -> t));
            Set<UUID> led = me.map(person -> chart.teams().stream().filter(t -> person.equals(t.leadId())).map(ChartTeam::id)
                    .collect(Collectors.toSet())).orElse(Set.of());
            List<ChartTeam> tops = led.stream().map(teams::get).filter(t -> !underAny(t, led, teams))
                    .sorted(Comparator.comparing(ChartTeam::name)).toList();
            scope.setItems(tops);
            scope.setVisible(tops.size() > 1);
            if (!tops.isEmpty()) {
                scope.setValue(tops.getFirst());
            }
        }
        ready = true;
        refresh();
    }

    private static boolean underAny(ChartTeam team, Set<UUID> led, Map<UUID, ChartTeam> teams) {
        ChartTeam at = team.parentId() == null ? null : teams.get(team.parentId());
        for (int depth = 0; at != null && depth < 1_000; depth++) {
            if (led.contains(at.id())) {
                return true;
            }
            at = at.parentId() == null ? null : teams.get(at.parentId());
        }
        return false;
    }

    @Override
    protected void refresh() {
        if (!ready) {
            return;
        }
        cards.removeAll();
        if (director && scope.getValue() == null) {
            heading.setText("Your account is not linked to a person who leads a team, so there is no subtree to show. "
                    + "An administrator can link it; meanwhile the Reports view shows the whole organisation.");
            return;
        }
        UUID root = director ? scope.getValue().id() : null;
        heading.setText(root == null ? "The whole organisation, today" : scope.getValue().name() + " and every team below, today");
        LocalDate today = today();
        String team = root == null ? "" : "&team=" + root;
        cards.add(headcount(today, root, team), positions(today, root), objectives(today, root), outliers(today, root, team),
                attrition(today, root, team), changes(today, root));
    }

    private Component headcount(LocalDate today, UUID root, String team) {
        ReportSeries trend = run(RunReport.series(ReportKind.HEADCOUNT, today.minusMonths(12), today, ReportInterval.MONTH, root, "team", null));
        ReportPoint now = trend.points().getLast();
        ReportPoint yearAgo = trend.points().getFirst();
        int people = number(now.summary().get("total"));
        int change = people - number(yearAgo.summary().get("total"));
        LineChart chart = new LineChart();
        chart.setId("home-headcount-chart");
        chart.setHeight("180px");
        chart.show("people", List.of(new LineChart.Series("Headcount", null, false, true, trend.points().stream()
                .map(p -> new LineChart.Point(p.date(), BigDecimal.valueOf(number(p.summary().get("total"))))).toList())));
        return card("home-headcount", "Headcount", figure(people + " people", (change >= 0 ? "+" : "") + change + " in twelve months"),
                chart, link("Headcount by team", "reports?report=headcount&series" + team));
    }

    private Component positions(LocalDate today, UUID root) {
        ReportPoint point = run(RunReport.on(ReportKind.POSITIONS, today, root, null, null)).points().getFirst();
        String byStatus = point.rows().stream().filter(r -> number(r.get("count")) > 0)
                .map(r -> r.get("count") + " " + r.get("status").toString().toLowerCase()).collect(Collectors.joining(", "));
        Object median = point.summary().get("medianDaysToFill");
        return card("home-positions", "Open positions", figure(point.summary().get("open") + " open", byStatus.isEmpty() ? "none open" : byStatus),
                new Paragraph(median == null ? "No position filled in the last year" : "Median time to fill: " + ReportTable.text(median) + " days"),
                link("Pipeline", "pipeline" + (root == null ? "" : "?team=" + root)));
    }

    private Component objectives(LocalDate today, UUID root) {
        String quarter = Period.quarterOf(today).toString();
        ReportPoint point = run(RunReport.on(ReportKind.OBJECTIVES, today, root, null, quarter)).points().getFirst();
        Object progress = point.summary().get("progress");
        long objectives = point.rows().stream().mapToLong(r -> number(r.get("objectives"))).sum();
        return card("home-objectives", "Objectives " + quarter,
                figure(progress == null ? "No progress yet" : Math.round(((Number) progress).doubleValue() * 100) + "% progress",
                        objectives + " objectives"),
                link("Objectives", "objectives?period=" + quarter + (root == null ? "" : "&team=" + root)));
    }

    private Component outliers(LocalDate today, UUID root, String team) {
        ReportPoint point = run(RunReport.on(ReportKind.SPAN_OF_CONTROL, today, root, null, null)).points().getFirst();
        UnorderedList list = new UnorderedList();
        list.setId("home-outlier-list");
        List<?> outliers = (List<?>) point.summary().get("outliers");
        outliers.stream().limit(CHANGES_SHOWN).forEach(o -> {
            Map<?, ?> row = (Map<?, ?>) o;
            list.add(new ListItem(row.get("name") + ": " + row.get("directReports") + " direct reports (" + row.get("reason") + ")"));
        });
        String layers = point.summary().get("layers") + " layers" + (Boolean.TRUE.equals(point.summary().get("layersOverLimit")) ? ", more than 6" : "");
        return card("home-span", "Span of control", figure(outliers.size() + " outliers",
                        "median span " + ReportTable.text(point.summary().get("median")) + ", " + layers),
                list, link("Span of control", "reports?report=span-of-control" + team));
    }

    private Component attrition(LocalDate today, UUID root, String team) {
        ReportPoint point = run(RunReport.on(ReportKind.ATTRITION, today, root, null, null)).points().getFirst();
        Object rate = point.summary().get("attrition");
        return card("home-attrition", "Attrition, last twelve months",
                figure(rate == null ? "–" : Math.round(((Number) rate).doubleValue() * 1000) / 10.0 + "%",
                        point.summary().get("hires") + " hires, " + point.summary().get("leavers") + " leavers"),
                link("Hires, leavers and attrition", "reports?report=attrition" + team));
    }

    private Component changes(LocalDate today, UUID root) {
        OrgChanges recent = queries.ask(new CompareOrgCharts(today.minusDays(RECENT_DAYS), today, root), OrgChanges.class);
        UnorderedList list = new UnorderedList();
        list.setId("home-change-list");
        for (OrgChange change : recent.changes().stream().limit(CHANGES_SHOWN).toList()) {
            list.add(new ListItem(describe(change)));
        }
        return card("home-changes", "Changes in the last " + RECENT_DAYS + " days", figure(recent.changes().size() + (recent.changes().size() == 1 ? " change" : " changes"), ""),
                list, link("Org chart", "org-chart"));
    }

    private static String describe(OrgChange change) {
        String kind = change.kind().name().toLowerCase().replace('_', ' ');
        String detail = change.before() == null && change.after() == null ? ""
                : ": " + (change.before() == null ? "" : change.before() + " → ") + (change.after() == null ? "" : change.after());
        return change.name() + " " + kind + detail;
    }

    private ReportSeries run(RunReport query) {
        return queries.ask(query, ReportSeries.class);
    }

    private static Div card(String id, String title, Component... content) {
        Div card = new Div(new H3(title));
        card.add(content);
        card.setId(id);
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)");
        return card;
    }

    private static Div figure(String main, String detail) {
        Span big = new Span(main);
        big.addClassName("figure");
        big.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600").set("display", "block");
        Span small = new Span(detail);
        small.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return new Div(big, small);
    }

    private static Anchor link(String text, String href) {
        Anchor anchor = new Anchor(href, text + " →");
        anchor.getStyle().set("display", "block").set("margin-top", "var(--lumo-space-s)");
        return anchor;
    }

    private static int number(Object value) {
        return value instanceof Number n ? n.intValue() : 0;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
