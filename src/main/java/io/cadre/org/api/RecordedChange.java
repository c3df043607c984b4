package io.cadre.org.api;

import java.util.UUID;

/**
 * A stored event: the aggregate it belongs to ({@code Person}, {@code Team} or another capability's), and its type's
 * simple name; {@code aggregateId} is null for an event of no aggregate.
 */
public record RecordedChange(UUID eventId, String aggregateType, UUID aggregateId, String type) {
}
