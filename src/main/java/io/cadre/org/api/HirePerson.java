package io.cadre.org.api;

import io.cadre.shared.PlausibleDate;
import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Hire a person into a team; the start date is the date the hire takes effect. */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
public record HirePerson(
        @TargetAggregateIdentifier @NotNull UUID personId,
        @Size(max = 200) String employeeNumber,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Email @Size(max = 320) String email,
        @NotBlank @Size(max = 200) String title,
        @NotNull UUID teamId,
        UUID managerId,
        @Size(max = 200) String level,
        @NotNull @PlausibleDate LocalDate startDate) implements OrgCommand {

    @Override
    public UUID subjectId() {
        return personId;
    }

    @Override
    public LocalDate effectiveDate() {
        return startDate;
    }

    /** A hire is about the team the person joins: the sender's scope must cover it. */
    @Override
    public java.util.Collection<UUID> scopeSubjects() {
        return java.util.Collections.singletonList(teamId);
    }

    @Override
    public Long expectedVersion() {
        return null;
    }
}
