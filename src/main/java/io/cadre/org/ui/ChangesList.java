package io.cadre.org.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.cadre.org.api.OrgChange;
import io.cadre.org.api.OrgChanges;

/** What changed between two dates, one line per person or team: joiners, leavers, moves, new and dissolved teams. */
final class ChangesList extends Grid<OrgChange> {

    ChangesList() {
        setId("changes");
        addColumn(ChangesList::label).setHeader("Change").setAutoWidth(true);
        addColumn(OrgChange::name).setHeader("Who or which team").setAutoWidth(true);
        addColumn(c -> c.before() == null ? "" : c.before()).setHeader("Before").setFlexGrow(1);
        addColumn(c -> c.after() == null ? "" : c.after()).setHeader("After").setFlexGrow(1);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setWidth("30rem");
        setHeightFull();
        getStyle().set("flex-shrink", "0");
        setVisible(false);
    }

    void show(OrgChanges changes) {
        setItems(changes.changes());
        setVisible(true);
    }

    private static String label(OrgChange change) {
        return switch (change.kind()) {
            case JOINED -> "Joined";
            case LEFT -> "Left";
            case MANAGER_CHANGED -> "New manager";
            case TEAM_CHANGED -> "Moved to another team";
            case TEAM_FORMED -> "Team formed";
            case TEAM_DISSOLVED -> "Team dissolved";
            case TEAM_MOVED -> "Team moved";
        };
    }
}
