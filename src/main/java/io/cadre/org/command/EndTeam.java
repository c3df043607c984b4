package io.cadre.org.command;

import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records a team's dissolution once its members and sub-teams have been moved away. */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
record EndTeam(@TargetAggregateIdentifier UUID teamId, LocalDate effectiveDate,
               @TargetAggregateVersion Long expectedVersion) {
}
