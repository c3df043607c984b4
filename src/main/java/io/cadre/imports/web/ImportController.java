package io.cadre.imports.web;

import io.cadre.imports.api.GetImport;
import io.cadre.imports.api.ImportProgress;
import io.cadre.imports.process.PeopleImport;
import io.cadre.platform.gateway.Queries;
import io.cadre.shared.InvalidInput;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** HRIS imports: upload a CSV of people, then follow the import's progress, refusals and adjustments. */
@RestController
@RequestMapping("/api/imports")
class ImportController {

    private static final int MAX_FILE_CHARS = 50_000_000;

    private final PeopleImport imports;
    private final Queries queries;

    ImportController(PeopleImport imports, Queries queries) {
        this.imports = imports;
        this.queries = queries;
    }

    @PostMapping(value = "/people", consumes = {"text/csv", "text/plain", "application/csv"})
    ResponseEntity<Map<String, UUID>> importPeople(@RequestBody(required = false) String csv,
                                                   @RequestParam(required = false) String emailDomain,
                                                   Authentication user) {
        if (csv == null || csv.isBlank()) {
            throw InvalidInput.of("file", "the CSV file is empty");
        }
        if (csv.length() > MAX_FILE_CHARS) {
            throw InvalidInput.of("file", "the CSV file is larger than " + MAX_FILE_CHARS + " characters");
        }
        if (emailDomain != null && !emailDomain.matches("[A-Za-z0-9.-]{1,200}\\.[A-Za-z]{2,}")) {
            throw InvalidInput.of("emailDomain", "must be a domain such as example.com");
        }
        UUID id = imports.start(csv, emailDomain, null, user);
        return ResponseEntity.accepted().location(URI.create("/api/imports/" + id)).body(Map.of("id", id));
    }

    @PostMapping(value = "/job-history", consumes = {"text/csv", "text/plain", "application/csv"})
    ResponseEntity<Map<String, UUID>> importJobHistory(@RequestBody(required = false) String csv, Authentication user) {
        if (csv == null || csv.isBlank()) {
            throw InvalidInput.of("file", "the CSV file is empty");
        }
        if (csv.length() > MAX_FILE_CHARS) {
            throw InvalidInput.of("file", "the CSV file is larger than " + MAX_FILE_CHARS + " characters");
        }
        UUID id = imports.startJobHistory(csv, user);
        return ResponseEntity.accepted().location(URI.create("/api/imports/" + id)).body(Map.of("id", id));
    }

    @GetMapping("/{id}")
    ImportProgress progress(@PathVariable UUID id) {
        return queries.ask(new GetImport(id), ImportProgress.class);
    }
}
