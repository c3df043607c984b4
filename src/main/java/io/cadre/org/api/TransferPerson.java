package io.cadre.org.api;

import io.cadre.shared.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Move a person to another team. */
public record TransferPerson(
        @TargetAggregateIdentifier @NotNull UUID personId,
        @NotNull UUID teamId,
        @NotNull @PlausibleDate LocalDate effectiveDate,
        @TargetAggregateVersion Long expectedVersion) implements OrgCommand {

    @Override
    public UUID subjectId() {
        return personId;
    }
}
