package io.cadre.ladder.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.cadre.ladder.api.CompareLevels;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.Level;
import io.cadre.ladder.api.LevelComparison;
import io.cadre.platform.gateway.Queries;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Any two levels of the published ladder side by side, area by area, with what is new or raised at the second. */
final class LevelCompare extends VerticalLayout {

    private final Queries queries;
    private final ComboBox<Level> from = new ComboBox<>("From");
    private final ComboBox<Level> to = new ComboBox<>("To");
    private final ComparisonGrid areas = new ComparisonGrid("comparison");
    private UUID ladderId;

    LevelCompare(Queries queries) {
        this.queries = queries;
        setPadding(false);
        from.setId("compare-from");
        to.setId("compare-to");
        for (ComboBox<Level> box : List.of(from, to)) {
            box.setItemLabelGenerator(l -> l.title() + " (" + l.code() + ")");
            box.setWidth("22rem");
            box.addValueChangeListener(e -> compare());
        }
        add(new HorizontalLayout(from, to), areas);
    }

    void show(UUID ladderId, LadderContent content) {
        this.ladderId = ladderId;
        List<Level> levels = content.levels().stream().sorted(Comparator.comparingInt(Level::order).thenComparing(Level::code)).toList();
        String fromCode = from.getValue() == null ? null : from.getValue().code();
        String toCode = to.getValue() == null ? null : to.getValue().code();
        from.setItems(levels);
        to.setItems(levels);
        if (levels.size() > 1) {
            from.setValue(find(levels, fromCode, levels.get(levels.size() / 2 - 1)));
            to.setValue(find(levels, toCode, levels.get(levels.size() / 2)));
        }
    }

    private static Level find(List<Level> levels, String code, Level otherwise) {
        return levels.stream().filter(l -> l.code().equals(code)).findFirst().orElse(otherwise);
    }

    private void compare() {
        areas.show(ladderId == null || from.getValue() == null || to.getValue() == null ? null
                : queries.ask(new CompareLevels(ladderId, from.getValue().code(), to.getValue().code(), false), LevelComparison.class));
    }
}
