package io.cadre.org.web;

import io.cadre.org.api.TeamKind;
import java.time.LocalDate;
import java.util.UUID;

/** The bodies of the team calls; every change takes an optional effective date and reason. */
final class TeamRequests {

    private TeamRequests() {
    }

    record Form(String name, UUID parentId, TeamKind kind, String mission, LocalDate effectiveDate, String reason) {
    }

    record Rename(String name, LocalDate effectiveDate, String reason) {
    }

    record Mission(String mission, LocalDate effectiveDate, String reason) {
    }

    record Move(UUID parentId, LocalDate effectiveDate, String reason) {
    }

    record Lead(UUID personId, LocalDate effectiveDate, String reason) {
    }

    record Dissolve(UUID moveMembersTo, LocalDate effectiveDate, String reason) {
    }
}
