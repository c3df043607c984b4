package io.cadre.org.ui;

import io.cadre.platform.ui.OrgChartDiagram;
import io.cadre.platform.ui.Words;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.cadre.org.api.ChangeManager;
import io.cadre.org.api.ChartPlaceholder;
import io.cadre.org.api.ChartPlaceholderList;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.CompareOrgCharts;
import io.cadre.org.api.GetChartPlaceholders;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.GetRecordedOrgChart;
import io.cadre.org.api.MoveTeam;
import io.cadre.org.api.OrgChanges;
import io.cadre.org.api.OrgChart;
import io.cadre.org.web.ChartExport;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.consistency.ReadModelChanges;
import io.cadre.shared.Role;
import io.cadre.platform.security.LinkedPeople;
import io.cadre.platform.security.SignedIn;
import io.cadre.platform.ui.LiveView;
import io.cadre.platform.ui.NotAllowedNotice;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The org chart: people under their managers, grouped by team, or the team hierarchy; on any date, or
 * comparing two dates. Search focuses a person, a click shows their record and history beside the chart,
 * and an editor moves a person or team by dragging it onto its new manager or parent.
 */
@Route("org-chart")
@PageTitle("Org chart · Cadre")
@Menu(title = "Org chart", order = 3)
@PermitAll
class OrgChartView extends LiveView {

    private static final String PEOPLE = "Reporting lines";
    private static final String TEAMS = "Teams";

    private final Queries queries;
    private final boolean editor;
    private final Optional<UUID> me;
    private final OrgChartDiagram diagram = new OrgChartDiagram();
    private final ChartSidePanel side;
    private final ChangesList changes = new ChangesList();
    private final RadioButtonGroup<String> kind = new RadioButtonGroup<>();
    private final DatePicker asOf = new DatePicker("As of");
    private final DatePicker compareFrom = new DatePicker("Compare with");
    private final DatePicker knownOn = new DatePicker("As Cadre knew it on");
    private final TextField knownTime = new TextField("at");
    private final ZoneId zone;
    private final ComboBox<Entry> search = new ComboBox<>();
    private final Span summary = new Span();
    private final ChartMoves moves;
    private OrgChart chart;
    private UUID subtree;

    /** One person or team to search for. */
    private record Entry(UUID id, String label) {
    }

    OrgChartView(Queries queries, Commands commands, ReadModelChanges changes, AuthenticationContext authentication,
                 LinkedPeople users, Clock clock) {
        super(changes);
        this.queries = queries;
        this.zone = clock.getZone();
        this.editor = authentication.hasAnyRole(Role.ORG_EDITORS);
        this.me = authentication.getPrincipalName().flatMap(users::personOf);
        this.side = new ChartSidePanel(queries);
        this.moves = new ChartMoves(commands, this::refresh);
        setSizeFull();
        asOf.setValue(OrgDirectory.today(queries).date());
        asOf.setId("as-of");
        asOf.addValueChangeListener(e -> refresh());
        compareFrom.setId("compare-from");
        compareFrom.setClearButtonVisible(true);
        compareFrom.setHelperText("An earlier date: what changed since");
        compareFrom.addValueChangeListener(e -> refresh());
        // A date and a time of day (a field of Vaadin's own bundle): what Cadre had recorded by then.
        knownOn.setId("known-on");
        knownOn.setClearButtonVisible(true);
        knownOn.setHelperText("Empty: what Cadre knows now");
        knownOn.setMax(LocalDate.now(clock));
        knownOn.addValueChangeListener(e -> refresh());
        knownTime.setId("known-time");
        knownTime.setPlaceholder("HH:mm:ss");
        knownTime.setHelperText("Empty: end of that day");
        knownTime.setWidth("8rem");
        knownTime.setPattern("([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?");
        knownTime.setErrorMessage("A time of day such as 09:30");
        knownTime.addValueChangeListener(e -> refresh());
        kind.setId("chart-kind");
        kind.setItems(PEOPLE, TEAMS);
        kind.setValue(PEOPLE);
        kind.addValueChangeListener(e -> refresh());
        search.setId("chart-search");
        search.setPlaceholder("Find a person or team");
        search.setItemLabelGenerator(Entry::label);
        search.setWidth("20rem");
        search.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                diagram.focusNode(e.getValue().id());
                select(e.getValue().id());
            }
        });
        diagram.setSizeFull();
        diagram.onNodeSelected(this::select);
        diagram.onMoveRequested(this::move);
        diagram.onExportRefused(message -> Notification.show(message, 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_WARNING));
        summary.setId("chart-summary");

        HorizontalLayout dates = new HorizontalLayout(kind, asOf, knownOn, knownTime, compareFrom);
        dates.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout tools = new HorizontalLayout(search, button("my-subtree", "My subtree", VaadinIcon.USER, this::mySubtree),
                button("whole-org", "Whole organisation", VaadinIcon.SITEMAP, this::wholeOrganisation),
                button("expand-all", "Expand all", VaadinIcon.EXPAND_SQUARE, diagram::expandAll),
                button("collapse-all", "Collapse", VaadinIcon.COMPRESS_SQUARE, diagram::collapseAll),
                button("zoom-in", "", VaadinIcon.PLUS, () -> diagram.zoomBy(1.25)),
                button("zoom-out", "", VaadinIcon.MINUS, () -> diagram.zoomBy(0.8)),
                button("fit", "Fit", VaadinIcon.EXPAND_FULL, diagram::fit));
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.getStyle().set("flex-wrap", "wrap");
        HorizontalLayout exports = new HorizontalLayout(new Span("Download:"),
                button("export-svg", "SVG", VaadinIcon.DOWNLOAD, () -> diagram.exportSvg(fileName("svg"), heading())),
                button("export-png", "PNG", VaadinIcon.PICTURE, () -> diagram.exportPng(fileName("png"), heading())));
        for (ChartExport format : ChartExport.values()) {
            exports.add(download(format));
        }
        exports.setAlignItems(FlexComponent.Alignment.BASELINE);
        // The changes of a comparison sit beside the chart they highlight, not below it.
        HorizontalLayout body = new HorizontalLayout(diagram, this.changes, side);
        body.setSizeFull();
        body.expand(diagram);
        add(new H2("Org chart"), dates, tools, summary, body, exports);
        setFlexGrow(1, body);
        refresh();
    }

    @Override
    protected void refresh() {
        LocalDate date = asOf.getValue() != null ? asOf.getValue() : OrgDirectory.today(queries).date();
        boolean people = PEOPLE.equals(kind.getValue());
        chart = chartOn(date);
        // What Cadre knew before cannot be changed: the chart of it takes no drags, and shows no open positions, which
        // are the pipeline's as it stands now.
        boolean current = knownAt() == null;
        boolean movable = editor && current;
        List<ChartPlaceholder> placeholders = current
                ? queries.ask(new GetChartPlaceholders(date), ChartPlaceholderList.class)
                        .within(chart.teams().stream().map(ChartTeam::id).collect(Collectors.toSet()))
                : List.of();
        diagram.show(people ? ChartNodes.people(chart, placeholders, movable, LevelTitles.of(queries))
                : ChartNodes.teams(chart, placeholders, movable));
        List<Entry> entries = people
                ? chart.people().stream().map(p -> new Entry(p.id(), p.name() + " · " + p.title())).toList()
                : chart.teams().stream().map(t -> new Entry(t.id(), t.name())).toList();
        search.setItems(entries.stream().sorted(Comparator.comparing(e -> e.label().toLowerCase())).toList());
        String counts = subtree != null && chart.people().stream().anyMatch(p -> p.id().equals(subtree))
                ? "Your reporting line: " + ChartNodes.reportingLine(chart, subtree).size() + " people on " + Words.date(date)
                : Words.count(chart.people().size(), "person", "people") + " in " + Words.count(chart.teams().size(), "team", "teams")
                        + " on " + Words.date(date);
        if (knownAt() != null) {
            counts += ", as Cadre knew it on " + Words.date(knownOn.getValue()) + " at " + knownAt().toLocalTime();
        }
        LocalDate from = compareFrom.getValue();
        if (from != null) {
            OrgChanges diff = within(queries.ask(new CompareOrgCharts(from, date, null), OrgChanges.class));
            diagram.highlight(ChartNodes.marks(diff));
            changes.show(diff);
            summary.setText(counts + " · " + Words.count(diff.changes().size(), "change", "changes") + " since " + Words.date(from)
                    + " (green: joined or formed, orange: moved)");
        } else {
            diagram.highlight("{}");
            changes.setVisible(false);
            summary.setText(counts + (movable ? " · drag a box onto another to move it" : ""));
        }
        side.refresh();
    }

    /** The chart on the date as Cadre knows it now or, with "As Cadre knew it on" set, as it knew it then. */
    private OrgChart chartOn(LocalDate date) {
        LocalDateTime known = knownAt();
        if (known == null) {
            return queries.ask(new GetOrgChart(date, null), OrgChart.class);
        }
        return queries.ask(new GetRecordedOrgChart(date, known.atZone(zone).toInstant(), null), OrgChart.class);
    }

    /** The moment "As Cadre knew it on" names, in the organisation's time zone; the end of the day without a time; null if unset. */
    private LocalDateTime knownAt() {
        if (knownOn.getValue() == null) {
            return null;
        }
        String time = knownTime.getValue().strip();
        if (time.matches("([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?")) {
            knownTime.setInvalid(false);
            return knownOn.getValue().atTime(LocalTime.parse(time));
        }
        knownTime.setInvalid(!time.isEmpty());
        return knownOn.getValue().atTime(LocalTime.MAX.withNano(0));
    }

    private void select(UUID id) {
        if (PEOPLE.equals(kind.getValue())) {
            side.showPerson(id);
        } else {
            side.showTeam(id);
        }
    }

    /** A drop asks for a move; the dialog opens only for those who may make it (the command bus checks again). */
    private void move(UUID subject, UUID target) {
        boolean people = PEOPLE.equals(kind.getValue());
        if (!SignedIn.maySend(people ? ChangeManager.class : MoveTeam.class)) {
            NotAllowedNotice.show("Not allowed: your role may read the org chart but not move "
                    + (people ? "people" : "teams") + " in it. Nothing was changed.");
            return;
        }
        if (people) {
            moves.person(chart, subject, target, OrgDirectory.today(queries).date());
        } else {
            moves.team(chart, subject, target, OrgDirectory.today(queries).date());
        }
    }

    private void mySubtree() {
        if (me.isEmpty()) {
            Notification.show("Your user is not linked to a person in Cadre: ask an administrator to link it.", 5000,
                    Notification.Position.MIDDLE);
        } else if (chart.people().stream().noneMatch(p -> p.id().equals(me.get()))) {
            Notification.show("You are not in the organisation on " + chart.asOf() + ".", 5000, Notification.Position.MIDDLE);
        } else {
            kind.setValue(PEOPLE);
            subtree = me.get();
            diagram.showSubtree(subtree);
            select(subtree);
            refresh();
        }
    }

    private void wholeOrganisation() {
        subtree = null;
        diagram.showSubtree(null);
        refresh();
    }

    /** While the chart shows one reporting line, the changes in it: its people on either date, and their teams. */
    private OrgChanges within(OrgChanges all) {
        if (subtree == null) {
            return all;
        }
        Set<UUID> line = new HashSet<>(ChartNodes.reportingLine(chart, subtree));
        OrgChart earlier = queries.ask(new GetOrgChart(all.from(), null), OrgChart.class);
        line.addAll(ChartNodes.reportingLine(earlier, subtree));
        Set<UUID> teams = new HashSet<>();
        Stream.concat(chart.people().stream(), earlier.people().stream()).filter(p -> line.contains(p.id()))
                .forEach(p -> teams.add(p.teamId()));
        return new OrgChanges(all.from(), all.to(), all.changes().stream()
                .filter(c -> c.kind().aboutTeam() ? teams.contains(c.subjectId()) : line.contains(c.subjectId())).toList());
    }

    private String heading() {
        return "Cadre org chart as of " + chart.asOf();
    }

    private String fileName(String extension) {
        return "org-chart-" + chart.asOf() + "." + extension;
    }

    private Component download(ChartExport format) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] body = format.render(chartOn(chart.asOf()))
                    .getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(body), fileName(format.extension()), format.mediaType(),
                    body.length);
        }), format.name().equals("MERMAID") ? "Mermaid" : format.name());
        link.setId("export-" + format.name().toLowerCase());
        link.getElement().setAttribute("download", true);
        return link;
    }

    private static Button button(String id, String label, VaadinIcon icon, Runnable action) {
        Button button = new Button(label, icon.create(), click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (label.isEmpty()) {
            button.setAriaLabel(id.replace('-', ' '));
        }
        return button;
    }
}
