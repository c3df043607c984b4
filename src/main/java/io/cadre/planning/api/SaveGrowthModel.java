package io.cadre.planning.api;

import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Keep a growth model under a name with its inputs, to run it again or beside another one later. */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
public record SaveGrowthModel(
        @TargetAggregateIdentifier @NotNull UUID modelId,
        @NotBlank @Size(max = 200) String name,
        @NotNull GrowthInputs inputs) {
}
