package io.cadre.pipeline.api;

import io.cadre.shared.PlausibleDate;
import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Open a calibration session on a date over some nominated promotion cases, which move into calibration. */
@SentBy({Role.ADMIN, Role.HR})
public record OpenCalibration(
        @TargetAggregateIdentifier @NotNull UUID sessionId,
        @NotBlank @Size(max = 200) String name,
        @NotNull @PlausibleDate LocalDate date,
        @NotEmpty @Size(max = 200) List<@NotNull UUID> promotionIds,
        @NotNull @PlausibleDate LocalDate effectiveDate) {
}
