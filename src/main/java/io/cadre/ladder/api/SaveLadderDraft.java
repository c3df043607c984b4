package io.cadre.ladder.api;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Replace a ladder's draft. An editor who may not see pay sends {@code keepSalaryBands}, so the bands
 * already in the draft stay on their levels.
 */
public record SaveLadderDraft(@TargetAggregateIdentifier @NotNull UUID ladderId, @NotNull LadderContent content,
                              boolean keepSalaryBands, @TargetAggregateVersion Long expectedVersion) {
}
