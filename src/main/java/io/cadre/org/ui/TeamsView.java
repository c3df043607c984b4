package io.cadre.org.ui;

import io.cadre.platform.ui.Words;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.FormTeam;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.OrgChart;
import io.cadre.org.api.TeamKind;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.consistency.ReadModelChanges;
import io.cadre.shared.Role;
import io.cadre.platform.ui.CommandDialog;
import io.cadre.platform.ui.LiveView;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** The team hierarchy as it stands today, with each team's people counted; form a team from here. */
@Route("teams")
@PageTitle("Teams · Cadre")
@Menu(title = "Teams", order = 2)
@PermitAll
class TeamsView extends LiveView {

    private final Queries queries;
    private final Commands commands;
    private final TreeGrid<ChartTeam> tree = new TreeGrid<>();
    private final Span empty = new Span("No teams yet. Form the first one, usually the whole organisation.");
    private Map<UUID, Long> members = Map.of();
    private Map<UUID, String> leads = Map.of();
    private Map<UUID, Long> totals = Map.of();

    TeamsView(Queries queries, Commands commands, ReadModelChanges changes, AuthenticationContext authentication) {
        super(changes);
        this.queries = queries;
        this.commands = commands;
        setSizeFull();
        add(new H2("Teams"));
        if (authentication.hasAnyRole(Role.ORG_EDITORS)) {
            Button form = new Button("Form team", VaadinIcon.PLUS.create(), click -> openFormDialog());
            form.setId("form-team");
            form.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(form);
        }
        tree.setId("teams-tree");
        tree.addHierarchyColumn(ChartTeam::name).setHeader("Team").setFlexGrow(3);
        tree.addColumn(t -> Words.of(t.kind())).setHeader("Kind");
        tree.addColumn(t -> leads.getOrDefault(t.id(), "")).setHeader("Lead");
        tree.addColumn(t -> members.getOrDefault(t.id(), 0L)).setHeader("People").setTooltipGenerator(t -> "In the team itself");
        tree.addColumn(t -> totals.getOrDefault(t.id(), 0L)).setHeader("With sub-teams")
                .setTooltipGenerator(t -> "In the team and every team below it");
        tree.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("teams/" + e.getItem().id())));
        empty.setId("teams-empty");
        add(empty, tree);
        refresh();
    }

    @Override
    protected void refresh() {
        OrgChart chart = queries.ask(new GetOrgChart(null, null), OrgChart.class);
        members = chart.people().stream().collect(Collectors.groupingBy(ChartPerson::teamId, Collectors.counting()));
        Map<UUID, String> names = chart.people().stream().collect(Collectors.toMap(ChartPerson::id, ChartPerson::name));
        leads = chart.teams().stream().filter(t -> t.leadId() != null && names.containsKey(t.leadId()))
                .collect(Collectors.toMap(ChartTeam::id, t -> names.get(t.leadId())));
        List<ChartTeam> teams = chart.teams().stream().sorted(Comparator.comparing(t -> t.name().toLowerCase())).toList();
        List<UUID> ids = teams.stream().map(ChartTeam::id).toList();
        Map<UUID, Long> sums = new HashMap<>();
        teams.forEach(t -> total(t, teams, sums));
        totals = sums;
        tree.setItems(teams.stream().filter(t -> t.parentId() == null || !ids.contains(t.parentId())).toList(),
                parent -> teams.stream().filter(t -> Objects.equals(t.parentId(), parent.id())).toList());
        tree.expandRecursively(teams, 3);
        empty.setVisible(teams.isEmpty());
        tree.setVisible(!teams.isEmpty());
    }

    private long total(ChartTeam team, List<ChartTeam> teams, Map<UUID, Long> sums) {
        Long known = sums.get(team.id());
        if (known != null) {
            return known;
        }
        long sum = members.getOrDefault(team.id(), 0L) + teams.stream().filter(t -> team.id().equals(t.parentId()))
                .mapToLong(t -> total(t, teams, sums)).sum();
        sums.put(team.id(), sum);
        return sum;
    }

    private void openFormDialog() {
        OrgDirectory org = OrgDirectory.today(queries);
        CommandDialog dialog = new CommandDialog("Form a team", "Form team", org.date());
        TextField name = dialog.field("name", new TextField("Name"));
        ComboBox<TeamKind> kind = dialog.field("kind", new ComboBox<>("Kind", TeamKind.values()));
        kind.setItemLabelGenerator(Words::of);
        kind.setValue(TeamKind.TEAM);
        ComboBox<ChartTeam> parent = dialog.field("parentId", org.teamPicker("Part of"));
        TextArea mission = dialog.field("mission", new TextArea("Mission"));
        dialog.withDateAndReason("Formed on");
        dialog.onSave(() -> {
            UUID id = UUID.randomUUID();
            commands.send(new FormTeam(id, name.getValue(), kind.getValue(), OrgDirectory.id(parent.getValue()),
                    mission.getValue(), dialog.effectiveDate()), id, dialog.reason());
            return id;
        }, this::refresh);
        dialog.open();
    }
}
