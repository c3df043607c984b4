package io.cadre.org.api;

import java.time.LocalDate;
import java.util.UUID;

/** A fact about one team or one person, effective from a date. */
public sealed interface OrgEvent permits
        LevelChanged, ManagerChanged, PersonHired, PersonLeft, PersonTransferred, TeamDissolved, TeamFormed,
        TeamLeadAssigned, TeamMissionChanged, TeamMoved, TeamRenamed, TitleChanged {

    /** The team or person the fact is about. */
    UUID subjectId();

    /** The date from which the fact holds. */
    LocalDate effectiveDate();
}
