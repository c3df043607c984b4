package io.cadre.planning.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.cadre.planning.api.GrowthModelSaved;
import io.cadre.planning.api.SaveGrowthModel;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A growth model kept under a name with its inputs; saving checks the inputs by the same rules as a run. */
@Aggregate
class SavedGrowthModel {

    @AggregateIdentifier
    private UUID modelId;

    SavedGrowthModel() {
    }

    @CommandHandler
    SavedGrowthModel(SaveGrowthModel command) {
        command.inputs().checked("inputs.");
        apply(new GrowthModelSaved(command.modelId(), command.name().strip(), command.inputs()));
    }

    @EventSourcingHandler
    void on(GrowthModelSaved event) {
        modelId = event.modelId();
    }
}
