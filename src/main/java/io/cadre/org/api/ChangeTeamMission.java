package io.cadre.org.api;

import io.cadre.shared.PlausibleDate;
import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Restate a team's mission. */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
public record ChangeTeamMission(
        @TargetAggregateIdentifier @NotNull UUID teamId,
        @Size(max = 2000) String mission,
        @NotNull @PlausibleDate LocalDate effectiveDate,
        @TargetAggregateVersion Long expectedVersion) implements OrgCommand {

    @Override
    public UUID subjectId() {
        return teamId;
    }
}
