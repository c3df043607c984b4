package io.cadre.org.api;

import java.util.UUID;

/** Ask which team or person a stored event is about, to retract it; answers a {@link RecordedChange}. */
public record FindRecordedChange(UUID eventId) {
}
