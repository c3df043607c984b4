package io.cadre.planning.api;

import java.util.UUID;

/**
 * An objective as the alignment tree shows it on a date: its team, period, title, status, alignment and progress (the
 * mean of its key results'), and the lowest confidence of its key results' latest check-ins (null before any). Its key
 * results and check-ins are on the objective itself ({@link GetObjective}).
 */
public record ObjectiveSummary(UUID id, UUID teamId, String teamName, String period, String title, ObjectiveStatus status,
                               UUID parentId, Double progress, Confidence confidence) {

    /** The summary of an objective folded whole. */
    public static ObjectiveSummary of(ObjectiveDetails objective) {
        Confidence lowest = objective.keyResults().stream().map(KeyResultDetails::confidence).filter(java.util.Objects::nonNull)
                .max(java.util.Comparator.naturalOrder()).orElse(null);
        return new ObjectiveSummary(objective.id(), objective.teamId(), objective.teamName(), objective.period(), objective.title(),
                objective.status(), objective.parentId(), objective.progress(), lowest);
    }
}
