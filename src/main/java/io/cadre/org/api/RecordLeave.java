package io.cadre.org.api;

import io.cadre.shared.PlausibleDate;
import io.cadre.shared.Role;
import io.cadre.shared.SentBy;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;

/** Record that a person leaves; their reports move to the named new manager. */
@SentBy({Role.ADMIN, Role.HR, Role.DIRECTOR})
public record RecordLeave(
        @NotNull UUID personId,
        @NotNull LeaveKind kind,
        UUID newManagerForReports,
        @NotNull @PlausibleDate LocalDate effectiveDate,
        Long expectedVersion) implements OrgCommand {

    @Override
    public UUID subjectId() {
        return personId;
    }
}
