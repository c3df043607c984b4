package io.cadre.ladder.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.cadre.ladder.api.Area;
import io.cadre.ladder.api.Expectation;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.Level;
import java.util.Comparator;

/** A ladder as a matrix: its levels down, its competency areas across, each cell what the level expects there. */
final class LadderMatrix extends Grid<Level> {

    LadderMatrix() {
        setId("ladder-matrix");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        setAllRowsVisible(true);
    }

    void show(LadderContent content) {
        removeAllColumns();
        addComponentColumn(LadderMatrix::levelCell).setHeader("Level").setWidth("14rem").setFlexGrow(0).setFrozen(true);
        for (Area area : content.areas()) {
            addComponentColumn(level -> expectations(content, level, area)).setHeader(area.name()).setWidth("18rem").setFlexGrow(0);
        }
        setItems(content.levels().stream().sorted(Comparator.comparingInt(Level::order).thenComparing(Level::code)).toList());
    }

    private static Div levelCell(Level level) {
        Div cell = new Div();
        Span title = new Span(level.title());
        title.getStyle().set("font-weight", "600");
        Span detail = new Span(level.code() + " · " + String.join(", ", level.tracks()) + (level.retired() ? " · retired" : ""));
        detail.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        cell.add(title, detail);
        return cell;
    }

    static Div expectations(LadderContent content, Level level, Area area) {
        Div cell = new Div();
        for (Expectation expectation : content.expectationsOf(level.code(), area.code())) {
            cell.add(expectation(expectation));
        }
        return cell;
    }

    static Div expectation(Expectation expectation) {
        Div line = new Div();
        if (expectation.proficiency() != null) {
            Span proficiency = new Span(expectation.proficiency());
            proficiency.getElement().getThemeList().add("badge contrast small");
            proficiency.getStyle().set("margin-right", "0.3em");
            line.add(proficiency);
        }
        line.add(new Span(expectation.text()));
        line.getStyle().set("white-space", "pre-line").set("font-size", "var(--lumo-font-size-s)").set("margin-bottom", "0.3em");
        return line;
    }
}
