package io.cadre.org.api;

import io.cadre.shared.PlausibleDate;
import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/** Dissolve a team; its members and sub-teams move to another team first when one is named. */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
public record DissolveTeam(
        @NotNull UUID teamId,
        UUID moveMembersTo,
        @NotNull @PlausibleDate LocalDate effectiveDate,
        Long expectedVersion) implements OrgCommand {

    @Override
    public UUID subjectId() {
        return teamId;
    }
}
