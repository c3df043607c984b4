package io.cadre.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import io.cadre.pipeline.api.FindPositions;
import io.cadre.pipeline.api.GetPosition;
import io.cadre.pipeline.api.PositionDetails;
import io.cadre.pipeline.api.PositionPage;
import io.cadre.planning.api.AddNeededPosition;
import io.cadre.planning.api.ObjectiveDetails;
import io.cadre.planning.api.RemoveNeededPosition;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.ui.CommandDialog;
import io.cadre.shared.NotFound;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The positions an objective needs, each with its status and age as the pipeline has it; editors name and unname them. */
final class NeededPositionsPanel extends Div {

    private static final int CHOICES = 200;

    private final Commands commands;
    private final Queries queries;
    private final LocalDate today;
    private final Runnable refresh;

    NeededPositionsPanel(Commands commands, Queries queries, LocalDate today, Runnable refresh) {
        this.commands = commands;
        this.queries = queries;
        this.today = today;
        this.refresh = refresh;
        setId("needed-positions");
    }

    void show(ObjectiveDetails objective, boolean editor) {
        removeAll();
        List<PositionDetails> positions = new ArrayList<>();
        for (UUID positionId : objective.positionIds()) {
            try {
                positions.add(queries.ask(new GetPosition(positionId), PositionDetails.class));
            } catch (NotFound e) {
                // A position the pipeline no longer knows is left out rather than shown half.
            }
        }
        if (positions.isEmpty()) {
            add(new Paragraph("The objective names no positions it needs."));
        } else {
            Grid<PositionDetails> grid = new Grid<>();
            grid.setId("needed-positions-grid");
            grid.setAllRowsVisible(true);
            grid.addColumn(PositionDetails::title).setHeader("Position").setFlexGrow(2);
            grid.addColumn(PositionDetails::level).setHeader("Level");
            grid.addColumn(p -> p.status().name()).setHeader("Status");
            grid.addColumn(p -> p.status().open() ? p.ageDays() + " days open" : p.filledOn() != null ? "filled on " + p.filledOn() : "")
                    .setHeader("Age");
            if (editor && !objective.status().closed()) {
                grid.addComponentColumn(p -> button("Remove", "remove-position-" + p.id(), () -> remove(objective, p)));
            }
            grid.setItems(positions);
            add(grid);
        }
        if (editor && !objective.status().closed()) {
            add(button("Name a needed position", "add-needed-position", () -> name(objective)));
        }
    }

    private void name(ObjectiveDetails objective) {
        CommandDialog dialog = new CommandDialog("Name a position the objective needs", "Name", today);
        ComboBox<PositionDetails> position = dialog.field("positionId", new ComboBox<>("Position"));
        position.setItems(queries.ask(new FindPositions(objective.teamId(), null, null, null, 0, CHOICES), PositionPage.class).items()
                .stream().filter(p -> p.status().open() && !objective.positionIds().contains(p.id())).toList());
        position.setItemLabelGenerator(p -> p.title() + " (" + p.level() + ", " + p.status() + ")");
        dialog.withDateAndReason("Effective date");
        dialog.onSave(() -> commands.send(new AddNeededPosition(objective.id(), position.getValue() == null ? null : position.getValue().id(),
                dialog.effectiveDate(), null), objective.id(), dialog.reason()), refresh);
        dialog.open();
    }

    private void remove(ObjectiveDetails objective, PositionDetails position) {
        CommandDialog dialog = new CommandDialog("Stop naming " + position.title(), "Remove", today);
        dialog.withDateAndReason("Effective date");
        dialog.onSave(() -> commands.send(new RemoveNeededPosition(objective.id(), position.id(), dialog.effectiveDate(), null),
                objective.id(), dialog.reason()), refresh);
        dialog.open();
    }

    private static Button button(String label, String id, Runnable action) {
        Button button = new Button(label, click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }
}
