package io.cadre.org.api;

import io.cadre.shared.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Make a person the lead of a team, or leave the team without a lead when the person is null. */
public record AssignTeamLead(
        @TargetAggregateIdentifier @NotNull UUID teamId,
        UUID personId,
        @NotNull @PlausibleDate LocalDate effectiveDate,
        @TargetAggregateVersion Long expectedVersion) implements OrgCommand {

    @Override
    public UUID subjectId() {
        return teamId;
    }
}
