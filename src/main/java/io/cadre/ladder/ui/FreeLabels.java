package io.cadre.ladder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.cadre.ladder.api.FreeLabel;
import io.cadre.ladder.api.LevelOption;
import io.cadre.ladder.api.ListFreeLabels;
import io.cadre.ladder.api.ListOpenLevels;
import io.cadre.ladder.service.LabelMapping;
import io.cadre.platform.gateway.Queries;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The levels people carry as free labels from before ladders existed, each mapped onto a published level in
 * one step: everyone carrying a mapped label gets a correction to it.
 */
final class FreeLabels extends VerticalLayout {

    private final Queries queries;
    private final LabelMapping labelMapping;
    private final Runnable afterMapping;
    private final Grid<FreeLabel> labels = new Grid<>();
    private final Map<String, ComboBox<LevelOption>> targets = new HashMap<>();
    private final Span none = new Span("Every level people carry names a level of a published ladder.");
    private final DatePicker effective = new DatePicker("Correct from");
    private final TextField reason = new TextField("Reason");
    private final Problems problems = new Problems("label-problems");
    private List<LevelOption> levels = List.of();

    FreeLabels(Queries queries, LabelMapping labelMapping, Runnable afterMapping) {
        this.queries = queries;
        this.labelMapping = labelMapping;
        this.afterMapping = afterMapping;
        setPadding(false);
        labels.setId("free-labels");
        labels.setAllRowsVisible(true);
        labels.addColumn(FreeLabel::label).setHeader("Label");
        labels.addColumn(FreeLabel::people).setHeader("People");
        labels.addComponentColumn(this::target).setHeader("Becomes").setFlexGrow(3);
        none.setId("free-labels-none");
        effective.setId("map-date");
        effective.setHelperText("Empty: from the day each person was given the label");
        reason.setId("map-reason");
        reason.setWidth("24rem");
        Button map = new Button("Map labels", click -> map());
        map.setId("map-labels");
        map.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout action = new HorizontalLayout(effective, reason, map);
        action.setAlignItems(Alignment.BASELINE);
        add(none, labels, action, problems);
    }

    void refresh() {
        levels = queries.askList(new ListOpenLevels(), LevelOption.class);
        List<FreeLabel> free = queries.askList(new ListFreeLabels(), FreeLabel.class);
        targets.clear();
        labels.setItems(free);
        none.setVisible(free.isEmpty());
        labels.setVisible(!free.isEmpty());
        getChildren().filter(HorizontalLayout.class::isInstance).forEach(c -> c.setVisible(!free.isEmpty() && !levels.isEmpty()));
    }

    private ComboBox<LevelOption> target(FreeLabel label) {
        ComboBox<LevelOption> target = new ComboBox<>();
        target.setItems(levels);
        target.setItemLabelGenerator(l -> l.title() + " (" + l.level() + ")");
        target.setPlaceholder(levels.isEmpty() ? "publish a ladder first" : "keep as it is");
        target.setWidthFull();
        target.setId("target-" + label.label().replaceAll("[^A-Za-z0-9]", "-"));
        targets.put(label.label(), target);
        return target;
    }

    private void map() {
        Map<String, String> mapping = new HashMap<>();
        targets.forEach((label, box) -> {
            if (box.getValue() != null) {
                mapping.put(label, box.getValue().level());
            }
        });
        problems.run(() -> {
            LabelMapping.Mapped mapped = labelMapping.map(mapping, effective.getValue(), reason.getValue());
            Notification.show(mapped.corrected() + " people corrected" + (mapped.refused().isEmpty() ? "" : "; refused: "
                    + String.join("; ", mapped.refused())), 5000, Notification.Position.BOTTOM_START);
            afterMapping.run();
        });
    }
}
