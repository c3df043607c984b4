package io.cadre.planning.api;

import io.cadre.shared.ScopedCommand;
import java.util.List;
import java.util.UUID;

/**
 * A command about one objective: judged on the command bus on the scope of the objective's team (a director writes
 * and changes their subtree's objectives), which the objective's id stands for.
 */
public interface ObjectiveCommand extends ScopedCommand {

    UUID objectiveId();

    @Override
    default List<UUID> scopeSubjects() {
        return List.of(objectiveId());
    }
}
