package io.cadre.pipeline.api;

import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import io.cadre.shared.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Propose a headcount slot for a team at a published ladder level, reporting to a manager, to start around a date. */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
public record OpenPosition(
        @TargetAggregateIdentifier @NotNull UUID positionId,
        @NotNull UUID teamId,
        @NotBlank @Size(max = 200) String level,
        @NotBlank @Size(max = 200) String title,
        UUID managerId,
        @PlausibleDate LocalDate targetStart,
        @NotNull @PlausibleDate LocalDate effectiveDate) implements io.cadre.shared.ScopedCommand {

    /** A position is about its team: the sender's scope must cover it. */
    @Override
    public java.util.Collection<UUID> scopeSubjects() {
        return java.util.Collections.singletonList(teamId);
    }
}
