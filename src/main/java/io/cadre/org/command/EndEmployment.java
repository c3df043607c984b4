package io.cadre.org.command;

import io.cadre.org.api.LeaveKind;
import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records a person's leave once their reports have a new manager and their teams no longer name them as lead. */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
record EndEmployment(@TargetAggregateIdentifier UUID personId, LeaveKind kind, LocalDate effectiveDate,
                     @TargetAggregateVersion Long expectedVersion) {
}
