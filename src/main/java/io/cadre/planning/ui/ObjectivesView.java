package io.cadre.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.OrgChart;
import io.cadre.planning.api.AlignmentTree;
import io.cadre.planning.api.FindObjectives;
import io.cadre.planning.api.GetAlignmentTree;
import io.cadre.planning.api.NextPeriodPlan;
import io.cadre.planning.api.ObjectiveStatus;
import io.cadre.planning.api.ObjectiveDetails;
import io.cadre.planning.api.Period;
import io.cadre.planning.api.PlanNextPeriod;
import io.cadre.planning.service.NextPeriodPlanner;
import io.cadre.platform.consistency.ReadModelChanges;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.security.LinkedPeople;
import io.cadre.platform.ui.LiveView;
import io.cadre.shared.Role;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The director's workspace for objectives: pick a period and a team (at first the signed-in director's own subtree and
 * the current quarter), see a card per objective with its key results, check in, write objectives, plan the next
 * quarter, and see how everything aligns up the organisation.
 */
@Route("objectives")
@PageTitle("Objectives · Cadre")
@Menu(title = "Objectives", order = 3)
@PermitAll
class ObjectivesView extends LiveView implements BeforeEnterObserver {

    private final Queries queries;
    private final Commands commands;
    private final NextPeriodPlanner planner;
    private final Clock clock;
    private final boolean editor;
    private final Optional<UUID> me;
    private final ComboBox<String> period = new ComboBox<>("Period");
    private final ComboBox<ChartTeam> team = new ComboBox<>("Team");
    private final Checkbox subteams = new Checkbox("Include sub-teams", true);
    private final Tabs tabs = new Tabs();
    private final Tab cardsTab = new Tab("Objectives");
    private final Tab alignmentTab = new Tab("Alignment");
    private final Div cards = new Div();
    private final Paragraph empty = new Paragraph();
    private final AlignmentPanel alignment = new AlignmentPanel();
    private Map<UUID, ChartTeam> teams = Map.of();
    private boolean ready;

    ObjectivesView(Queries queries, Commands commands, NextPeriodPlanner planner, ReadModelChanges changes, Clock clock,
                   AuthenticationContext authentication, LinkedPeople people) {
        super(changes);
        this.queries = queries;
        this.commands = commands;
        this.planner = planner;
        this.clock = clock;
        this.editor = authentication.hasAnyRole(Role.ORG_EDITORS);
        this.me = authentication.getPrincipalName().flatMap(people::personOf);
        setSizeFull();
        period.setId("period-picker");
        period.setItems(Periods.around(today()));
        period.setValue(Period.quarterOf(today()).toString());
        team.setId("team-picker");
        team.setPlaceholder("Whole organisation");
        team.setClearButtonVisible(true);
        team.setItemLabelGenerator(ChartTeam::name);
        subteams.setId("include-subteams");
        HorizontalLayout filters = new HorizontalLayout(period, team, subteams);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (editor) {
            Button write = new Button("New objective", VaadinIcon.PLUS.create(), click -> dialogs().write(teams, team.getValue(), period.getValue()));
            write.setId("new-objective");
            write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button plan = new Button("Plan next quarter", VaadinIcon.FORWARD.create(), click -> planNext());
            plan.setId("plan-next");
            filters.add(write, plan);
        }
        cardsTab.setId("tab-objectives");
        alignmentTab.setId("tab-alignment");
        tabs.add(cardsTab, alignmentTab);
        cards.setId("objective-cards");
        cards.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        empty.setId("objectives-empty");
        add(new H2("Objectives"), filters, tabs, empty, cards, alignment);
        period.addValueChangeListener(e -> refresh());
        team.addValueChangeListener(e -> refresh());
        subteams.addValueChangeListener(e -> refresh());
        tabs.addSelectedChangeListener(e -> refresh());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        OrgChart chart = queries.ask(new GetOrgChart(today(), null), OrgChart.class);
        teams = chart.teams().stream().collect(Collectors.toMap(ChartTeam::id, Function.identity()));
        team.setItems(chart.teams().stream().sorted(Comparator.comparing(t -> t.name().toLowerCase())).toList());
        var parameters = event.getLocation().getQueryParameters().getSingleParameter("team");
        UUID asked = parameters.map(ObjectivesView::uuid).orElse(null);
        team.setValue(asked != null && teams.containsKey(asked) ? teams.get(asked) : ownTeam(chart));
        event.getLocation().getQueryParameters().getSingleParameter("period").filter(p -> period.getListDataView().contains(p))
                .ifPresent(period::setValue);
        ready = true;
        refresh();
    }

    /** The highest team the signed-in person leads: a director's subtree; else, in an organisation with one top, that top. */
    private ChartTeam ownTeam(OrgChart chart) {
        List<ChartTeam> led = me.map(person -> chart.teams().stream().filter(t -> person.equals(t.leadId())).toList()).orElse(List.of());
        Optional<ChartTeam> highest = led.stream().min(Comparator.comparingInt(this::depth));
        if (highest.isPresent()) {
            return highest.get();
        }
        List<ChartTeam> tops = chart.teams().stream().filter(t -> t.parentId() == null).toList();
        return tops.size() == 1 ? tops.getFirst() : null;
    }

    private int depth(ChartTeam team) {
        int depth = 0;
        for (ChartTeam t = team; t != null && t.parentId() != null && depth < 100; t = teams.get(t.parentId())) {
            depth++;
        }
        return depth;
    }

    @Override
    protected void refresh() {
        if (!ready || period.getValue() == null) {
            return;
        }
        boolean showCards = tabs.getSelectedTab() == cardsTab;
        UUID teamId = team.getValue() == null ? null : team.getValue().id();
        cards.setVisible(showCards);
        alignment.setVisible(!showCards);
        if (showCards) {
            List<ObjectiveDetails> objectives = queries.askList(new FindObjectives(teamId, period.getValue(), subteams.getValue(), today()),
                    ObjectiveDetails.class).stream().filter(o -> o.status() != ObjectiveStatus.DROPPED).toList();
            cards.removeAll();
            ObjectiveCard.Actions actions = editor ? new ObjectiveCard.Actions(o -> dialogs().status(o, ObjectiveStatus.COMMITTED),
                    (o, kr) -> dialogs().checkIn(o, kr)) : null;
            objectives.forEach(o -> cards.add(new ObjectiveCard(o, actions)));
            empty.setText(objectives.isEmpty() ? emptyText() : "");
            empty.setVisible(objectives.isEmpty());
        } else {
            empty.setVisible(false);
            alignment.show(queries.ask(new GetAlignmentTree(period.getValue(), teamId, today()), AlignmentTree.class));
        }
    }

    private String emptyText() {
        String whose = team.getValue() == null ? "the organisation" : team.getValue().name();
        String none = "No objectives for " + whose + " in " + period.getValue() + " yet.";
        return editor ? none + " Start with New objective: name what the team wants to achieve and two or three key results"
                + " that measure it; or, at a quarter's end, Plan next quarter carries over what was not achieved." : none;
    }

    private void planNext() {
        String from = period.getValue() != null && period.getValue().contains("-Q") ? period.getValue() : Period.quarterOf(today()).toString();
        NextPeriodPlan plan = planner.plan(new PlanNextPeriod(team.getValue() == null ? null : team.getValue().id(), from,
                subteams.getValue()), null);
        Notification.show(plan.created().isEmpty() ? "Nothing to carry from " + plan.from() + ": everything is achieved, dropped or already carried."
                : plan.created().size() + " objectives of " + plan.from() + " proposed as drafts for " + plan.to()
                + ": keep, edit or drop each.", 5000, Notification.Position.BOTTOM_START);
        period.setValue(plan.to());
    }

    private ObjectiveDialogs dialogs() {
        return new ObjectiveDialogs(commands, queries, today(), this::refresh);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
