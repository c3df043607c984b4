package io.cadre.org.api;

import io.cadre.shared.PlausibleDate;
import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Form a new team, at the top or under a parent. */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
public record FormTeam(
        @TargetAggregateIdentifier @NotNull UUID teamId,
        @NotBlank @Size(max = 200) String name,
        @NotNull TeamKind kind,
        UUID parentId,
        @Size(max = 2000) String mission,
        @NotNull @PlausibleDate LocalDate effectiveDate) implements OrgCommand {

    @Override
    public UUID subjectId() {
        return teamId;
    }

    /** A new team is about its parent (the top of the organisation when none): the sender's scope must cover it. */
    @Override
    public java.util.Collection<UUID> scopeSubjects() {
        return java.util.Collections.singletonList(parentId);
    }

    @Override
    public Long expectedVersion() {
        return null;
    }
}
