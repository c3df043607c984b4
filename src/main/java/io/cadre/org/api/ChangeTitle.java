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
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Change a person's job title. */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
public record ChangeTitle(
        @TargetAggregateIdentifier @NotNull UUID personId,
        @NotBlank @Size(max = 200) String title,
        @NotNull @PlausibleDate LocalDate effectiveDate,
        @TargetAggregateVersion Long expectedVersion) implements OrgCommand {

    @Override
    public UUID subjectId() {
        return personId;
    }
}
