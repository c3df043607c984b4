package io.cadre.org.api;

import io.cadre.shared.PlausibleDate;
import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Make a person report to another manager, or to nobody when the manager is null. */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
public record ChangeManager(
        @TargetAggregateIdentifier @NotNull UUID personId,
        UUID managerId,
        @NotNull @PlausibleDate LocalDate effectiveDate,
        @TargetAggregateVersion Long expectedVersion) implements OrgCommand {

    @Override
    public UUID subjectId() {
        return personId;
    }
}
