package io.cadre.planning.api;

import io.cadre.shared.PlausibleDate;
import io.cadre.shared.Role;
import io.cadre.shared.ScopedCommand;
import io.cadre.shared.SentBy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Write a new objective, as a draft, for a team and a period, optionally aligned under an objective higher up. */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
public record WriteObjective(
        @TargetAggregateIdentifier @NotNull UUID objectiveId,
        @NotNull UUID teamId,
        @NotNull @Pattern(regexp = Period.PATTERN, message = "must be a quarter, a half or a year, such as 2027-Q1, 2027-H1 or 2027") String period,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 2000) String description,
        UUID parentId,
        UUID carriedFrom,
        @NotNull @Size(max = 20) List<@Valid @NotNull KeyResultDraft> keyResults,
        @NotNull @PlausibleDate LocalDate effectiveDate) implements ScopedCommand {

    /** The command is judged on the scope of the objective's team (a director writes their subtree's objectives). */
    @Override
    public Collection<UUID> scopeSubjects() {
        return Collections.singletonList(teamId);
    }
}
