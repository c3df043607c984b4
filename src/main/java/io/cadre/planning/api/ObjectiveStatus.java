package io.cadre.planning.api;

import java.util.Set;

/** Where an objective stands: a draft being designed, committed to, or closed as achieved, missed or dropped. */
public enum ObjectiveStatus {
    DRAFT, COMMITTED, ACHIEVED, MISSED, DROPPED;

    /** The statuses an objective in this status may move to. */
    public Set<ObjectiveStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(COMMITTED, DROPPED);
            case COMMITTED -> Set.of(ACHIEVED, MISSED, DROPPED, DRAFT);
            case ACHIEVED, MISSED -> Set.of(COMMITTED);
            case DROPPED -> Set.of(DRAFT);
        };
    }

    /** Whether the objective is closed: achieved, missed or dropped. */
    public boolean closed() {
        return this == ACHIEVED || this == MISSED || this == DROPPED;
    }
}
