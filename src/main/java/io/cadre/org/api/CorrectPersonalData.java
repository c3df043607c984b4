package io.cadre.org.api;

import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Correct a person's name, email or both (a field left null stays as it is). */
@SentBy({Role.ADMIN, Role.HR})
public record CorrectPersonalData(
        @TargetAggregateIdentifier @NotNull UUID personId,
        @Size(max = 200) String name,
        @Email @Size(max = 320) String email,
        @TargetAggregateVersion Long expectedVersion) {
}
