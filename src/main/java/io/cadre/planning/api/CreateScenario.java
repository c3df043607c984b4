package io.cadre.planning.api;

import io.cadre.shared.PlausibleDate;
import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Start a scenario over the live org from a base date, whole or from one team down. */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
public record CreateScenario(
        @TargetAggregateIdentifier @NotNull UUID scenarioId,
        @NotBlank @Size(max = 200) String name,
        @NotNull @PlausibleDate LocalDate baseDate,
        UUID rootTeamId,
        @NotBlank String owner) {
}
