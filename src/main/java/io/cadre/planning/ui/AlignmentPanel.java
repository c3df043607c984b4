package io.cadre.planning.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import io.cadre.planning.api.AlignedObjective;
import io.cadre.planning.api.AlignmentTree;
import io.cadre.planning.api.TeamProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** How a period's objectives ladder up: the tree of aligned objectives, the orphans, the teams without any, and progress per team. */
final class AlignmentPanel extends VerticalLayout {

    private final TreeGrid<AlignedObjective> tree = new TreeGrid<>();
    private final Paragraph noTree = new Paragraph();
    private final Paragraph orphans = new Paragraph();
    private final Paragraph without = new Paragraph();
    private final Grid<TeamProgress> teams = new Grid<>();

    AlignmentPanel() {
        setPadding(false);
        tree.setId("alignment-tree");
        tree.addHierarchyColumn(a -> a.objective().title()).setHeader("Objective").setFlexGrow(3);
        tree.addColumn(a -> a.objective().teamName()).setHeader("Team").setFlexGrow(1);
        tree.addColumn(a -> a.objective().period()).setHeader("Period").setAutoWidth(true);
        tree.addComponentColumn(a -> ObjectiveCard.badge(a.objective().status())).setHeader("Status").setAutoWidth(true);
        tree.addColumn(a -> ObjectiveCard.percent(a.objective().progress())).setHeader("Progress").setAutoWidth(true);
        tree.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("objectives/" + e.getItem().objective().id())));
        tree.setAllRowsVisible(true);
        noTree.setId("alignment-empty");
        orphans.setId("orphans");
        without.setId("teams-without-objectives");
        teams.setId("team-progress");
        teams.addColumn(t -> "\u2003".repeat(t.depth()) + t.name()).setHeader("Team").setFlexGrow(3);
        teams.addColumn(TeamProgress::objectives).setHeader("Own objectives").setAutoWidth(true);
        teams.addColumn(t -> ObjectiveCard.percent(t.progress())).setHeader("Progress with sub-teams").setAutoWidth(true);
        teams.setAllRowsVisible(true);
        add(tree, noTree, new H3("Not aligned"), orphans, new H3("Teams without objectives"), without, new H3("Progress by team"), teams);
    }

    void show(AlignmentTree alignment) {
        tree.setItems(alignment.roots(), AlignedObjective::children);
        List<AlignedObjective> all = new ArrayList<>();
        alignment.roots().forEach(r -> collect(r, all));
        tree.expand(all);
        tree.setVisible(!alignment.roots().isEmpty());
        noTree.setText(alignment.roots().isEmpty() ? "No objective of " + alignment.period() + " sits at the top yet: write the "
                + "organisation's or the department's objectives first, then align the teams' under them." : "");
        noTree.setVisible(alignment.roots().isEmpty());
        orphans.setText(alignment.orphans().isEmpty() ? "Every team objective is aligned under one higher up."
                : alignment.orphans().stream().map(o -> o.title() + " (" + o.teamName() + ")").collect(Collectors.joining("; "))
                + ". Align each under an objective of a team above it.");
        without.setText(alignment.teamsWithoutObjectives().isEmpty() ? "Every team has objectives for " + alignment.period() + "."
                : alignment.teamsWithoutObjectives().stream().map(TeamProgress::name).collect(Collectors.joining(", ")));
        teams.setItems(alignment.teams());
    }

    private static void collect(AlignedObjective node, List<AlignedObjective> out) {
        out.add(node);
        node.children().forEach(c -> collect(c, out));
    }
}
