package io.cadre.planning.api;

import java.util.UUID;

/**
 * A team's progress for a period: its own objectives (dropped ones left out) counted, and its progress, the mean of
 * the progress of every objective of the team and of its sub-teams (null when none has any).
 */
public record TeamProgress(UUID teamId, String name, UUID parentId, int depth, int objectives, Double ownProgress, Double progress) {
}
