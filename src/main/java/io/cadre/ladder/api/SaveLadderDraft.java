package io.cadre.ladder.api;

import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Replace a ladder's draft. An editor who may not see pay sends {@code keepSalaryBands}, so the bands
 * already in the draft stay on their levels.
 */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
public record SaveLadderDraft(@TargetAggregateIdentifier @NotNull UUID ladderId, @NotNull LadderContent content,
                              boolean keepSalaryBands, @TargetAggregateVersion Long expectedVersion) {
}
