package io.cadre.planning.ui;

import java.util.List;
import com.vaadin.flow.component.html.Paragraph;
import io.cadre.platform.ui.Words;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.OrgChart;
import io.cadre.planning.api.PlannedChangeStatus;
import io.cadre.planning.api.ScenarioDetails;
import io.cadre.planning.service.ScenarioAccess;
import io.cadre.planning.service.ScenarioPlanner;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.ui.CommandDialog;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** The scenarios the signed-in user may see (a director's own, every one for HR and ADMIN), and a new one. */
@Route("scenarios")
@PageTitle("Scenarios · Cadre")
@Menu(title = "Scenarios", order = 3.5)
@RolesAllowed({"ADMIN", "HR", "DIRECTOR"})
class ScenariosView extends VerticalLayout {

    private final ScenarioAccess access;
    private final ScenarioPlanner planner;
    private final Queries queries;
    private final Clock clock;
    private final Grid<ScenarioDetails> grid = new Grid<>();
    private final Paragraph empty = new Paragraph("No scenarios yet. A scenario plans changes over the live org, from a"
            + " base date, without changing it: start one with New scenario.");

    ScenariosView(ScenarioAccess access, ScenarioPlanner planner, Queries queries, Clock clock) {
        this.access = access;
        this.planner = planner;
        this.queries = queries;
        this.clock = clock;
        setSizeFull();
        Button create = new Button("New scenario", VaadinIcon.PLUS.create(), click -> newScenario());
        create.setId("new-scenario");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("scenarios");
        grid.addColumn(ScenarioDetails::name).setHeader("Scenario").setFlexGrow(2);
        grid.addColumn(s -> Words.date(s.baseDate())).setHeader("Base date");
        grid.addColumn(ScenarioDetails::owner).setHeader("Owner");
        grid.addColumn(s -> s.changes().stream().filter(c -> c.status() == PlannedChangeStatus.PLANNED).count()).setHeader("Planned");
        grid.addColumn(s -> s.changes().stream().filter(c -> c.status() == PlannedChangeStatus.APPLIED).count()).setHeader("Applied");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("scenarios/" + e.getItem().id())));
        empty.setId("no-scenarios");
        add(new H2("Scenarios"), create, empty, grid);
        refresh();
    }

    private void refresh() {
        List<ScenarioDetails> scenarios = access.scenarios();
        grid.setItems(scenarios);
        grid.setVisible(!scenarios.isEmpty());
        empty.setVisible(scenarios.isEmpty());
    }

    private void newScenario() {
        LocalDate today = LocalDate.now(clock);
        CommandDialog dialog = new CommandDialog("New scenario", "Create", today);
        TextField name = dialog.field("name", new TextField("Name"));
        DatePicker baseDate = dialog.field("baseDate", new DatePicker("Base date", today));
        ComboBox<ChartTeam> root = dialog.field("rootTeamId", new ComboBox<>("Team (empty: whole organisation)"));
        root.setItems(queries.ask(new GetOrgChart(today, null), OrgChart.class).teams());
        root.setItemLabelGenerator(ChartTeam::name);
        root.setClearButtonVisible(true);
        dialog.withReason();
        dialog.onSave(() -> {
            Map<String, Object> created = planner.create(name.getValue(), baseDate.getValue() == null ? today : baseDate.getValue(),
                    root.getValue() == null ? null : root.getValue().id(), dialog.reason());
            getUI().ifPresent(ui -> ui.navigate("scenarios/" + (UUID) created.get("id")));
            return created;
        }, this::refresh);
        dialog.open();
    }
}
