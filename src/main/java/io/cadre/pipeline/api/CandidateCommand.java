package io.cadre.pipeline.api;

import io.cadre.shared.ScopedCommand;
import java.util.List;
import java.util.UUID;

/**
 * A command about one candidate: judged on the command bus on the scope of the team of the position they are a
 * candidate for, which the candidate's id stands for.
 */
public interface CandidateCommand extends ScopedCommand {

    UUID candidateId();

    @Override
    default List<UUID> scopeSubjects() {
        return List.of(candidateId());
    }
}
