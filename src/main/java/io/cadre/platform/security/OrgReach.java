package io.cadre.platform.security;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * How far a person reaches in the organisation on a date, as the org capability's read models say: the port
 * {@link ScopeDecision} decides scopes through, implemented by the org capability (platform may not depend on it).
 */
public interface OrgReach {

    /** The teams the person leads on the date, and every team below them on that date. */
    Set<UUID> teamsLedBy(UUID personId, LocalDate date);

    /** The people in the teams the person leads on the date, or in any team below them, on that date. */
    Set<UUID> peopleBelowTeamsLedBy(UUID personId, LocalDate date);

    /** The person's direct and indirect reports on the date. */
    Set<UUID> reportsOf(UUID personId, LocalDate date);

    /** Whether the id names a person of the organisation (of any date), rather than a team or nothing. */
    boolean isPerson(UUID id);

    /** Whether the id names a person or a team of the organisation (of any date). */
    boolean isKnown(UUID id);
}
