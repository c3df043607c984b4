package io.cadre.org.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cadre.org.api.LeaveKind;
import io.cadre.org.api.LevelChangeKind;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The bodies of the people calls; every change takes an optional effective date and reason. A hire takes
 * effect on its start date: it accepts {@code effectiveDate} only as the same date. Clearing a manager takes
 * an explicit {@code "managerId": null}.
 */
final class PersonRequests {

    private PersonRequests() {
    }

    record Hire(String employeeNumber, String name, String email, String title, UUID teamId, UUID managerId, String level,
                LocalDate startDate, LocalDate effectiveDate, String reason) {
    }

    /** A move to another team; {@code managerId}, when given, is the manager in it, set in the same change. */
    record Transfer(UUID teamId, UUID managerId, LocalDate effectiveDate, String reason) {
    }

    record Manager(@JsonProperty(required = true) UUID managerId, LocalDate effectiveDate, String reason) {
    }

    record Title(String title, LocalDate effectiveDate, String reason) {
    }

    record Level(String level, LevelChangeKind kind, LocalDate effectiveDate, String reason) {
    }

    record Leave(LeaveKind kind, UUID newManagerForReports, LocalDate effectiveDate, String reason) {
    }

    record PersonalData(String name, String email, String reason) {
    }

    record Erase(String reason) {
    }
}
