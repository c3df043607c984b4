package io.cadre.pipeline.api;

import io.cadre.shared.PlausibleDate;
import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record (or change) what a calibration session recommends for one of its cases; the reason is required. */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
public record RecommendPromotion(
        @TargetAggregateIdentifier @NotNull UUID sessionId,
        @NotNull UUID promotionId,
        @NotNull Recommendation recommendation,
        @NotNull @PlausibleDate LocalDate effectiveDate) {
}
