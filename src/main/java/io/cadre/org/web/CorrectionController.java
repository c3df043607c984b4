package io.cadre.org.web;

import io.cadre.org.api.FindRecordedChange;
import io.cadre.org.api.RecordedChange;
import io.cadre.org.api.RetractPersonChange;
import io.cadre.org.api.RetractTeamChange;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.shared.FieldError;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.RuleViolation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Retracts a recorded change of a team or a person (product.md §7.3): a new event on the same subject names the one
 * retracted, which stays in the log; views as effective no longer show it, views as recorded before still do.
 */
@RestController
@RequestMapping("/api/corrections")
class CorrectionController {

    private final Commands commands;
    private final Queries queries;

    CorrectionController(Commands commands, Queries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** The body: the event to retract and why; both required. */
    record Correction(UUID eventId, String reason) {
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> retract(@RequestBody Correction body) {
        List<FieldError> errors = new ArrayList<>();
        if (body.eventId() == null) {
            errors.add(new FieldError("eventId", "is required: the id of the recorded change to retract"));
        }
        if (body.reason() == null || body.reason().isBlank()) {
            errors.add(new FieldError("reason", "is required: say why the change is retracted"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        RecordedChange change = queries.ask(new FindRecordedChange(body.eventId()), RecordedChange.class);
        UUID subject = change.aggregateId();
        Object command = switch (change.aggregateType() == null ? "" : change.aggregateType()) {
            case "Person" -> new RetractPersonChange(subject, body.eventId());
            case "Team" -> new RetractTeamChange(subject, body.eventId());
            default -> throw new RuleViolation("Only a change to a team or a person can be retracted; " + change.type()
                    + " is recorded by another part of Cadre");
        };
        long version = commands.send(command, subject, body.reason());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", subject);
        answer.put("version", version);
        answer.put("retractedEventId", body.eventId());
        return ResponseEntity.ok(answer);
    }
}
