package io.cadre.org.api;

import io.cadre.shared.PlausibleDate;
import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Move a team under another parent, or to the top when the parent is null. */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
public record MoveTeam(
        @TargetAggregateIdentifier @NotNull UUID teamId,
        UUID parentId,
        @NotNull @PlausibleDate LocalDate effectiveDate,
        @TargetAggregateVersion Long expectedVersion) implements OrgCommand {

    @Override
    public UUID subjectId() {
        return teamId;
    }
}
