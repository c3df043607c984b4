package io.cadre.pipeline.api;

import io.cadre.shared.PlausibleDate;
import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Set the risk of losing a person and the successors for their role (a director only for their own subtree). */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
public record PlanSuccession(
        @TargetAggregateIdentifier @NotNull UUID planId,
        @NotNull UUID personId,
        @NotNull SuccessionRisk risk,
        @NotNull @Size(max = 20) List<@NotNull @Valid Successor> successors,
        @NotNull @PlausibleDate LocalDate effectiveDate,
        @TargetAggregateVersion Long expectedVersion) implements io.cadre.shared.ScopedCommand {

    /** A plan is about the person: the sender's scope must cover them. */
    @Override
    public java.util.Collection<UUID> scopeSubjects() {
        return java.util.Collections.singletonList(personId);
    }

    /** The id of a person's succession plan, derived from theirs so that each person has exactly one. */
    public static UUID planOf(UUID personId) {
        return UUID.nameUUIDFromBytes(("succession:" + personId).getBytes(StandardCharsets.UTF_8));
    }
}
