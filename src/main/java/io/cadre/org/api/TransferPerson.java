package io.cadre.org.api;

import io.cadre.shared.PlausibleDate;
import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Move a person to another team and, when {@code managerId} is given, to a manager in it in the same change (null keeps
 * the manager): both take effect together or neither does, under the rules of each.
 */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
public record TransferPerson(
        @TargetAggregateIdentifier @NotNull UUID personId,
        @NotNull UUID teamId,
        UUID managerId,
        @NotNull @PlausibleDate LocalDate effectiveDate,
        @TargetAggregateVersion Long expectedVersion) implements OrgCommand {

    /** A move to another team that keeps the manager. */
    public TransferPerson(UUID personId, UUID teamId, LocalDate effectiveDate, Long expectedVersion) {
        this(personId, teamId, null, effectiveDate, expectedVersion);
    }

    @Override
    public UUID subjectId() {
        return personId;
    }
}
