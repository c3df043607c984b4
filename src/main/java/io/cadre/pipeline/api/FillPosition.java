package io.cadre.pipeline.api;

import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import io.cadre.shared.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Mark an approved position filled by the hire of one of its candidates as the person named (sent by the hiring process). */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
public record FillPosition(
        @TargetAggregateIdentifier @NotNull UUID positionId,
        @NotNull UUID candidateId,
        @NotNull UUID personId,
        @NotNull @PlausibleDate LocalDate effectiveDate) implements PositionCommand {
}
