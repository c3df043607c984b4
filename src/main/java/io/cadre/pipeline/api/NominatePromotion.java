package io.cadre.pipeline.api;

import io.cadre.shared.PlausibleDate;
import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Nominate a person for a higher (or equivalent cross-track) level of their ladder, with evidence per competency area. */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR, Role.MANAGER})
public record NominatePromotion(
        @TargetAggregateIdentifier @NotNull UUID promotionId,
        @NotNull UUID personId,
        @NotBlank @Size(max = 200) String targetLevel,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Evidence> evidence,
        @NotNull @PlausibleDate LocalDate effectiveDate) {
}
