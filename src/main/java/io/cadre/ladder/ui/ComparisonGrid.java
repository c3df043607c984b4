package io.cadre.ladder.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.cadre.ladder.api.AreaComparison;
import io.cadre.ladder.api.Expectation;
import io.cadre.ladder.api.ExpectationChange;
import io.cadre.ladder.api.LevelComparison;
import java.util.List;

/** Two levels' expectations side by side, one row per competency area, with how the second differs. */
final class ComparisonGrid extends Grid<AreaComparison> {

    private final Column<AreaComparison> fromColumn;
    private final Column<AreaComparison> toColumn;

    ComparisonGrid(String id) {
        setId(id);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(AreaComparison::name).setHeader("Area").setWidth("12rem").setFlexGrow(0);
        fromColumn = addComponentColumn(a -> cell(a.from())).setHeader("From");
        toColumn = addComponentColumn(a -> cell(a.to())).setHeader("To");
        addComponentColumn(a -> badge(a.change())).setHeader("Change").setWidth("8rem").setFlexGrow(0);
    }

    void show(LevelComparison comparison) {
        if (comparison == null) {
            setItems();
            return;
        }
        fromColumn.setHeader(comparison.fromTitle());
        toColumn.setHeader(comparison.toTitle());
        setItems(comparison.areas());
    }

    private static Div cell(List<Expectation> expectations) {
        Div cell = new Div();
        expectations.forEach(e -> cell.add(LadderMatrix.expectation(e)));
        return cell;
    }

    static Span badge(ExpectationChange change) {
        Span badge = new Span(change.name().charAt(0) + change.name().substring(1).toLowerCase());
        String theme = switch (change) {
            case NEW, RAISED -> "badge success";
            case CHANGED -> "badge";
            case LOWERED, DROPPED -> "badge error";
            case SAME -> "badge contrast";
        };
        badge.getElement().getThemeList().add(theme);
        return badge;
    }
}
