package io.cadre.org.api;

import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Erase a person's name and email on their request; the reason (required) says whose request and why. */
@SentBy({Role.ADMIN, Role.HR})
public record ErasePersonalData(
        @TargetAggregateIdentifier @NotNull UUID personId,
        @TargetAggregateVersion Long expectedVersion) {
}
