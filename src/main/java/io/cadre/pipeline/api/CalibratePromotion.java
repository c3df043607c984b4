package io.cadre.pipeline.api;

import io.cadre.shared.PlausibleDate;
import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take a nominated promotion case into a calibration session (sent by the session as it opens). */
@SentBy({Role.ADMIN, Role.HR})
public record CalibratePromotion(
        @TargetAggregateIdentifier @NotNull UUID promotionId,
        @NotNull UUID sessionId,
        @NotNull @PlausibleDate LocalDate effectiveDate) {
}
