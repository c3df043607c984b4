package io.cadre.pipeline.api;

import io.cadre.shared.ScopedCommand;
import java.util.List;
import java.util.UUID;

/**
 * A command about one position, or a candidate added to it: judged on the command bus on the scope of the position's
 * team (a director hires into their subtree), which the position's id stands for.
 */
public interface PositionCommand extends ScopedCommand {

    UUID positionId();

    @Override
    default List<UUID> scopeSubjects() {
        return List.of(positionId());
    }
}
