package io.cadre.ladder.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Style;
import io.cadre.ladder.api.Area;
import io.cadre.ladder.api.Expectation;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.Level;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A ladder as a matrix that reads without sideways scrolling: its competency areas down, as rows whose text wraps,
 * and the levels the reader chooses across, each cell what the level expects in the area. It opens on three
 * adjacent levels in the middle of the first track, and keeps the reader's choice while the ladder redraws.
 */
final class LadderMatrix extends VerticalLayout {

    static final int DEFAULT_LEVELS = 3;

    private final MultiSelectComboBox<Level> chosen = new MultiSelectComboBox<>("Levels side by side");
    private final Div table = new Div();
    private LadderContent content;

    LadderMatrix() {
        setPadding(false);
        setWidthFull();
        chosen.setId("matrix-levels");
        chosen.setWidthFull();
        chosen.setItemLabelGenerator(Level::title);
        chosen.setHelperText("Two to four levels read best; every competency area is shown for each.");
        chosen.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                draw();
            }
        });
        table.setId("ladder-matrix");
        table.setWidthFull();
        add(chosen, table);
    }

    void show(LadderContent content) {
        this.content = content;
        List<Level> levels = content == null ? List.of()
                : content.levels().stream().sorted(Comparator.comparingInt(Level::order).thenComparing(Level::code)).toList();
        Set<String> kept = chosen.getValue().stream().map(Level::code).collect(Collectors.toSet());
        chosen.setItems(levels);
        List<Level> selection = levels.stream().filter(l -> kept.contains(l.code())).toList();
        chosen.setValue(new LinkedHashSet<>(selection.isEmpty() && content != null ? defaultLevels(content) : selection));
        draw();
    }

    /** Three adjacent levels in the middle of the first track (retired levels left out), or all when it has fewer. */
    static List<Level> defaultLevels(LadderContent content) {
        String track = content.tracks().isEmpty() ? null : content.tracks().getFirst().code();
        List<Level> onTrack = (track == null ? content.levels().stream().sorted(Comparator.comparingInt(Level::order)).toList()
                : content.levelsOn(track)).stream().filter(l -> !l.retired()).toList();
        if (onTrack.size() <= DEFAULT_LEVELS) {
            return onTrack;
        }
        int from = (onTrack.size() - DEFAULT_LEVELS) / 2;
        return onTrack.subList(from, from + DEFAULT_LEVELS);
    }

    private void draw() {
        table.removeAll();
        List<Level> levels = chosen.getValue().stream().sorted(Comparator.comparingInt(Level::order).thenComparing(Level::code)).toList();
        if (content == null || levels.isEmpty()) {
            Paragraph none = new Paragraph("Choose the levels to read side by side.");
            none.setId("matrix-none");
            table.add(none);
            return;
        }
        NativeTable matrix = new NativeTable();
        matrix.getStyle().setWidth("100%").set("table-layout", "fixed").set("border-collapse", "collapse");
        NativeTableRow head = matrix.getHead().addRow();
        NativeTableHeaderCell corner = head.addHeaderCell();
        corner.add("Competency area");
        style(corner).setWidth("11rem");
        for (Level level : levels) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.add(levelHeading(level));
            style(cell);
        }
        for (Area area : content.areas()) {
            NativeTableRow row = matrix.getBody().addRow();
            NativeTableHeaderCell name = row.addHeaderCell();
            name.add(area.name());
            name.getElement().setAttribute("scope", "row");
            if (area.summary() != null) {
                name.getElement().setAttribute("title", area.summary());
            }
            style(name);
            for (Level level : levels) {
                NativeTableCell cell = row.addDataCell();
                cell.add(expectations(content, level, area));
                style(cell);
            }
        }
        table.add(matrix);
    }

    private static Style style(com.vaadin.flow.component.HtmlContainer cell) {
        return cell.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("padding", "var(--lumo-space-s)")
                .set("vertical-align", "top").set("text-align", "start").set("overflow-wrap", "anywhere");
    }

    private static Div levelHeading(Level level) {
        Div cell = new Div();
        Span title = new Span(level.title());
        title.getStyle().set("font-weight", "600");
        Span detail = new Span(level.code() + (level.retired() ? " · retired" : ""));
        detail.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("font-weight", "normal");
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
