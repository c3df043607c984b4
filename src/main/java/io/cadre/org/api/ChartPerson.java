package io.cadre.org.api;

import java.util.UUID;

/** A person in an org chart. */
public record ChartPerson(UUID id, String name, String title, UUID teamId, UUID managerId, String level) {
}
