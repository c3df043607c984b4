package io.cadre.pipeline.api;

import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import io.cadre.shared.PlausibleDate;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add a candidate to an open position, at the stage SOURCED. */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
public record AddCandidate(
        @TargetAggregateIdentifier @NotNull UUID candidateId,
        @NotNull UUID positionId,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 320) String email,
        @Size(max = 200) String source,
        @NotNull @PlausibleDate LocalDate effectiveDate) implements PositionCommand {
}
