package io.cadre.pipeline.api;

import io.cadre.shared.PlausibleDate;
import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Withdraw a promotion case that is still open. */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR, Role.MANAGER})
public record WithdrawPromotion(
        @TargetAggregateIdentifier @NotNull UUID promotionId,
        @NotNull @PlausibleDate LocalDate effectiveDate,
        @TargetAggregateVersion Long expectedVersion) {
}
