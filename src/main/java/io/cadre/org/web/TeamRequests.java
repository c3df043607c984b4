package io.cadre.org.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cadre.org.api.TeamKind;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The bodies of the team calls; every change takes an optional effective date and reason. Moving a team to
 * the top and leaving it without a lead take an explicit null.
 */
final class TeamRequests {

    private TeamRequests() {
    }

    record Form(String name, UUID parentId, TeamKind kind, String mission, LocalDate effectiveDate, String reason) {
    }

    record Rename(String name, LocalDate effectiveDate, String reason) {
    }

    record Mission(String mission, LocalDate effectiveDate, String reason) {
    }

    record Move(@JsonProperty(required = true) UUID parentId, LocalDate effectiveDate, String reason) {
    }

    record Lead(@JsonProperty(required = true) UUID personId, LocalDate effectiveDate, String reason) {
    }

    record Dissolve(UUID moveMembersTo, LocalDate effectiveDate, String reason) {
    }
}
