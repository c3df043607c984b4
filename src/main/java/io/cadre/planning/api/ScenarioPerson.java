package io.cadre.planning.api;

import java.util.UUID;

/** A box of a scenario's chart: a person, or a planned position ({@code planned}) standing where its hire would. */
public record ScenarioPerson(UUID id, String name, String title, UUID teamId, UUID managerId, String level, boolean planned) {
}
