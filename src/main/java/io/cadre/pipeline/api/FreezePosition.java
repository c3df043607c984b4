package io.cadre.pipeline.api;

import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import io.cadre.shared.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Put an approved position on hold. */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
public record FreezePosition(
        @TargetAggregateIdentifier @NotNull UUID positionId,
        @NotNull @PlausibleDate LocalDate effectiveDate,
        @TargetAggregateVersion Long expectedVersion) implements PositionCommand {
}
