package io.cadre.org.web;

import io.cadre.org.api.ChangeLevel;
import io.cadre.org.api.ChangeManager;
import io.cadre.org.api.ChangeTitle;
import io.cadre.org.api.CorrectPersonalData;
import io.cadre.org.api.ErasePersonalData;
import io.cadre.org.api.FindPeople;
import io.cadre.org.api.GetHistory;
import io.cadre.org.api.GetPerson;
import io.cadre.org.api.GetRecordedPerson;
import io.cadre.org.api.HirePerson;
import io.cadre.org.api.HistoryEntry;
import io.cadre.org.api.PeoplePage;
import io.cadre.org.api.PersonDetails;
import io.cadre.org.api.RecordLeave;
import io.cadre.org.api.TransferPerson;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.web.EffectiveDates;
import io.cadre.platform.web.RecordedInstants;
import io.cadre.platform.web.Versions;
import io.cadre.shared.FieldError;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.TextRule;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Hires and changes people, finds them, and shows a person's record with its history. */
@RestController
@RequestMapping("/api/people")
class PersonController {

    private static final int MAX_PAGE_SIZE = 200;

    private final Commands commands;
    private final Queries queries;
    private final EffectiveDates dates;

    PersonController(Commands commands, Queries queries, EffectiveDates dates) {
        this.commands = commands;
        this.queries = queries;
        this.dates = dates;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> hire(@RequestBody PersonRequests.Hire body) {
        if (body.effectiveDate() != null && body.startDate() != null && !body.effectiveDate().equals(body.startDate())) {
            throw InvalidInput.of("effectiveDate", "must be the start date, or left out: a hire takes effect on its start date");
        }
        UUID id = UUID.randomUUID();
        long version = commands.send(new HirePerson(id, body.employeeNumber(), body.name(), body.email(), body.title(),
                body.teamId(), body.managerId(), body.level(), body.startDate()), id, body.reason());
        return Versions.created(URI.create("/api/people/" + id), id, version);
    }

    @GetMapping("/{id}")
    ResponseEntity<PersonDetails> person(@PathVariable UUID id, @RequestParam(required = false) String recordedAt) {
        Instant recorded = RecordedInstants.parse("recordedAt", recordedAt);
        PersonDetails person = recorded == null ? queries.ask(new GetPerson(id), PersonDetails.class)
                : queries.ask(new GetRecordedPerson(id, null, recorded), PersonDetails.class);
        return ResponseEntity.ok().eTag(Versions.etag(person.version())).body(person);
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id) {
        person(id, null);
        return queries.askList(new GetHistory(id), HistoryEntry.class);
    }

    @GetMapping
    PeoplePage find(@RequestParam(required = false) String q, @RequestParam(required = false) UUID teamId,
                    @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        List<FieldError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(new FieldError("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            errors.add(new FieldError("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        if (q != null && q.length() > 200) {
            errors.add(new FieldError("q", "must be at most 200 characters"));
        } else {
            TextRule.check("q", q, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return queries.ask(new FindPeople(q, teamId, page, size, EffectiveDates.plausible("asOf", asOf)), PeoplePage.class);
    }

    @PostMapping("/{id}/transfer")
    ResponseEntity<Map<String, Object>> transfer(@PathVariable UUID id, @RequestBody PersonRequests.Transfer body,
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return send(id, new TransferPerson(id, body.teamId(), body.managerId(), dates.orToday(body.effectiveDate()),
                Versions.ifMatch(ifMatch)),
                body.reason());
    }

    @PostMapping("/{id}/manager")
    ResponseEntity<Map<String, Object>> manager(@PathVariable UUID id, @RequestBody PersonRequests.Manager body,
                                                @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return send(id, new ChangeManager(id, body.managerId(), dates.orToday(body.effectiveDate()), Versions.ifMatch(ifMatch)),
                body.reason());
    }

    @PostMapping("/{id}/title")
    ResponseEntity<Map<String, Object>> title(@PathVariable UUID id, @RequestBody PersonRequests.Title body,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return send(id, new ChangeTitle(id, body.title(), dates.orToday(body.effectiveDate()), Versions.ifMatch(ifMatch)),
                body.reason());
    }

    @PostMapping("/{id}/level")
    ResponseEntity<Map<String, Object>> level(@PathVariable UUID id, @RequestBody PersonRequests.Level body,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return send(id, new ChangeLevel(id, body.level(), body.kind(), dates.orToday(body.effectiveDate()),
                Versions.ifMatch(ifMatch)), body.reason());
    }

    @PostMapping("/{id}/leave")
    ResponseEntity<Map<String, Object>> leave(@PathVariable UUID id, @RequestBody PersonRequests.Leave body,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return send(id, new RecordLeave(id, body.kind(), body.newManagerForReports(), dates.orToday(body.effectiveDate()),
                Versions.ifMatch(ifMatch)), body.reason());
    }

    @PostMapping("/{id}/personal-data")
    ResponseEntity<Map<String, Object>> correctPersonalData(@PathVariable UUID id, @RequestBody PersonRequests.PersonalData body,
                                                            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return send(id, new CorrectPersonalData(id, body.name(), body.email(), Versions.ifMatch(ifMatch)), body.reason());
    }

    @PostMapping("/{id}/erase")
    ResponseEntity<Map<String, Object>> erase(@PathVariable UUID id, @RequestBody PersonRequests.Erase body,
                                              @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return send(id, new ErasePersonalData(id, Versions.ifMatch(ifMatch)), body.reason());
    }

    private ResponseEntity<Map<String, Object>> send(UUID id, Object command, String reason) {
        return Versions.changed(id, commands.send(command, id, reason));
    }
}
