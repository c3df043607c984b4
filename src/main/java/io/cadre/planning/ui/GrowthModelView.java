package io.cadre.planning.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.OrgChart;
import io.cadre.planning.service.GrowthModels;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * "What happens when this 10xs?": a growth model from today's org (or a team and below), quarter by quarter, as
 * charts and a table, with CSV; saved models open by name, and a second model can be shown beside the first.
 */
@Route("growth")
@PageTitle("Growth model · Cadre")
@Menu(title = "Growth model", order = 7)
@RolesAllowed({"ADMIN", "HR", "DIRECTOR"})
class GrowthModelView extends VerticalLayout {

    GrowthModelView(GrowthModels models, Commands commands, Queries queries, Clock clock) {
        setSizeFull();
        List<ChartTeam> teams = queries.ask(new GetOrgChart(LocalDate.now(clock), null), OrgChart.class).teams().stream()
                .sorted(Comparator.comparing(t -> t.name().toLowerCase())).toList();
        GrowthModelColumn first = new GrowthModelColumn("a", "Model A", models, commands, queries, teams);
        GrowthModelColumn second = new GrowthModelColumn("b", "Model B", models, commands, queries, teams);
        second.setVisible(false);
        Runnable reloadSaved = () -> {
            first.reloadSaved();
            second.reloadSaved();
        };
        first.afterSave(reloadSaved);
        second.afterSave(reloadSaved);
        Checkbox sideBySide = new Checkbox("Side by side with a second model", e -> second.setVisible(e.getValue()));
        sideBySide.setId("side-by-side");
        HorizontalLayout columns = new HorizontalLayout(first, second);
        columns.setWidthFull();
        columns.setFlexGrow(1, first, second);
        // Each column takes an equal share and may shrink below its charts' and table's natural width.
        for (GrowthModelColumn column : List.of(first, second)) {
            column.getStyle().set("flex-basis", "0").set("min-width", "0");
        }
        add(new H2("Growth model"), new Paragraph("From today's org: how many ICs, managers and directors, how many layers, the level "
                + "pyramid and the cost, quarter by quarter. The README's \"Growth model\" section says how each number is computed."),
                sideBySide, columns);
    }
}
