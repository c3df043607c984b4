package io.cadre.planning.api;

import io.cadre.shared.PlausibleDate;
import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record where a key result stands on a date, how confident the team is, and a note. */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
public record RecordCheckIn(
        @TargetAggregateIdentifier @NotNull UUID objectiveId,
        @NotNull UUID keyResultId,
        @NotNull BigDecimal value,
        @NotNull Confidence confidence,
        @Size(max = 2000) String note,
        @NotNull @PlausibleDate LocalDate date) implements ObjectiveCommand {
}
