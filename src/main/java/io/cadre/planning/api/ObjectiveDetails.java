package io.cadre.planning.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An objective as it stood on a date: its team, period, status, alignment, progress (the mean of its key results'), key
 * results, whether its team is dissolved or its period has ended by then, and the positions it names as needed.
 */
public record ObjectiveDetails(UUID id, UUID teamId, String teamName, String period, String title, String description,
                            ObjectiveStatus status, UUID parentId, UUID carriedFrom, Double progress,
                            List<KeyResultDetails> keyResults, LocalDate writtenOn, long version, boolean teamDissolved,
                            boolean periodEnded, List<UUID> positionIds) {
}
