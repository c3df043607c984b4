package io.cadre.pipeline.api;

import io.cadre.shared.PlausibleDate;
import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Decide a promotion case; an approval changes the person's level from the effective date. */
@SentBy({Role.ADMIN, Role.HR})
public record DecidePromotion(
        @TargetAggregateIdentifier @NotNull UUID promotionId,
        @NotNull PromotionDecision decision,
        @NotNull @PlausibleDate LocalDate effectiveDate,
        @TargetAggregateVersion Long expectedVersion) {
}
