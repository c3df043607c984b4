package io.cadre.planning.api;

import java.math.BigDecimal;
import java.util.UUID;

/** A key result of an objective, with its id: what is measured, in which unit, from which start value to which target. */
public record KeyResult(UUID keyResultId, String title, String unit, BigDecimal start, BigDecimal target) {

    /** The id of the key result an objective is written with at {@code index}: the same on every replay, in every test and demo. */
    public static UUID idFor(UUID objectiveId, int index) {
        return UUID.nameUUIDFromBytes((objectiveId + "/key-result/" + index).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
