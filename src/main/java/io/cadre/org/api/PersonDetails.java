package io.cadre.org.api;

import java.time.LocalDate;
import java.util.UUID;

/** A person's record as it stands today, with the version for If-Match. */
public record PersonDetails(UUID id, String employeeNumber, String name, String email, String title, UUID teamId, UUID managerId, String level, LocalDate startDate, String status, LocalDate leftOn, long version) {
}
