package io.cadre.planning.command;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Where the objective rules learn about the organisation's teams: whether one exists, when, and under which parent. */
interface TeamDirectory {

    Optional<TeamFacts> team(UUID teamId);

    /** What the rules need to know of a team. */
    record TeamFacts(UUID id, String name, UUID parentId, LocalDate formedOn, LocalDate dissolvedOn) {

        boolean activeOn(LocalDate date) {
            return !formedOn.isAfter(date) && (dissolvedOn == null || date.isBefore(dissolvedOn));
        }
    }
}
