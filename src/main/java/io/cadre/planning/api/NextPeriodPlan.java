package io.cadre.planning.api;

import java.util.List;
import java.util.UUID;

/** What planning the next period did: the drafts it wrote, each carried from an objective, and what it left and why. */
public record NextPeriodPlan(String from, String to, List<Carried> created, List<Left> left) {

    /** A draft written for the next period, carried from an objective that was not achieved. */
    public record Carried(UUID id, UUID carriedFrom, UUID teamId, String title) {
    }

    /** An objective that was not carried over, and why. */
    public record Left(UUID objectiveId, String title, String why) {
    }
}
