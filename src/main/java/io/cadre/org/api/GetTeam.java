package io.cadre.org.api;

import java.util.UUID;

/** Ask for one team as it stands today. */
public record GetTeam(UUID teamId) {
}
