package io.cadre.ladder.web;

import io.cadre.platform.security.SignedIn;
import io.cadre.ladder.api.CompareLevels;
import io.cadre.ladder.api.FreeLabel;
import io.cadre.ladder.api.GetLadder;
import io.cadre.ladder.api.GetLadderVersion;
import io.cadre.ladder.api.GetLevelDistribution;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.LadderSummary;
import io.cadre.ladder.api.LadderDetails;
import io.cadre.ladder.api.LevelComparison;
import io.cadre.ladder.api.LevelDistribution;
import io.cadre.ladder.api.ListFreeLabels;
import io.cadre.ladder.api.ListLadders;
import io.cadre.ladder.api.PublishLadder;
import io.cadre.ladder.api.SaveLadderDraft;
import io.cadre.ladder.format.LadderFormat;
import io.cadre.ladder.format.LadderFormat.Syntax;
import io.cadre.ladder.service.LabelMapping;
import io.cadre.ladder.service.LadderImports;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.shared.Role;
import io.cadre.platform.web.EffectiveDates;
import io.cadre.platform.web.Versions;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.RuleViolation;
import io.cadre.shared.TextRule;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Career ladders: list, read, import, export, edit the draft, publish, compare levels and see the distribution. */
@RestController
@RequestMapping("/api/ladders")
class LadderController {

    private final Commands commands;
    private final Queries queries;
    private final LadderImports imports;
    private final LabelMapping labels;

    private final Disclosure disclosure;

    LadderController(Commands commands, Queries queries, LadderImports imports, LabelMapping labels, Disclosure disclosure) {
        this.disclosure = disclosure;
        this.commands = commands;
        this.queries = queries;
        this.imports = imports;
        this.labels = labels;
    }

    @GetMapping
    List<LadderSummary> ladders() {
        return queries.askList(new ListLadders(), LadderSummary.class);
    }

    @GetMapping("/{id}")
    ResponseEntity<LadderDetails> ladder(@PathVariable UUID id) {
        LadderDetails ladder = queries.ask(new GetLadder(id), LadderDetails.class);
        return ResponseEntity.ok().eTag(Versions.etag(ladder.version())).body(disclosure.of(ladder));
    }

    @GetMapping("/{id}/versions/{version}")
    LadderContent version(@PathVariable UUID id, @PathVariable int version) {
        return disclosure.of(queries.ask(new GetLadderVersion(id, version), LadderContent.class));
    }

    /** The ladder as a file: its latest published version unless a version number or {@code draft} is named. */
    @GetMapping("/{id}/export")
    ResponseEntity<String> export(@PathVariable UUID id, @RequestParam(defaultValue = "yaml") String format,
                                  @RequestParam(required = false) String version) {
        Syntax syntax = switch (format.toLowerCase(Locale.ROOT)) {
            case "yaml", "yml" -> Syntax.YAML;
            case "json" -> Syntax.JSON;
            default -> throw InvalidInput.of("format", "must be yaml or json");
        };
        LadderDetails ladder = queries.ask(new GetLadder(id), LadderDetails.class);
        LadderContent content = contentOf(ladder, version);
        String file = ladder.code() + (version == null ? "" : "-" + version) + "." + syntax.extension();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(syntax.mediaType() + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .body(LadderFormat.write(disclosure.of(content), syntax));
    }

    @PostMapping("/import")
    ResponseEntity<Map<String, Object>> importFile(@RequestBody(required = false) String body,
                                                   @RequestParam(required = false) String code,
                                                   @RequestParam(defaultValue = "false") boolean publish,
                                                   @RequestParam(required = false) String reason) {
        TextRule.require("code", code);
        TextRule.require("reason", reason);
        LadderImports.Imported imported = imports.importFile(body, code, publish, reason);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", imported.ladderId());
        answer.put("code", imported.code());
        answer.put("version", imported.version());
        answer.put("publishedVersion", imported.publishedVersion());
        return imported.created()
                ? ResponseEntity.created(URI.create("/api/ladders/" + imported.ladderId())).eTag(Versions.etag(imported.version())).body(answer)
                : ResponseEntity.ok().eTag(Versions.etag(imported.version())).body(answer);
    }

    @PostMapping("/{id}/draft")
    ResponseEntity<Map<String, Object>> saveDraft(@PathVariable UUID id, @RequestBody LadderRequests.Draft body,
                                                  @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        if (body.content() == null) {
            throw InvalidInput.of("content", "must not be null");
        }
        long version = commands.send(new SaveLadderDraft(id, body.content(), !SignedIn.asAny(Role.PAY_READERS), Versions.ifMatch(ifMatch)),
                id, body.reason());
        return Versions.changed(id, version);
    }

    @PostMapping("/{id}/publish")
    ResponseEntity<Map<String, Object>> publish(@PathVariable UUID id, @RequestBody(required = false) LadderRequests.Publish body,
                                                @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long version = commands.send(new PublishLadder(id, Versions.ifMatch(ifMatch)), id, body == null ? null : body.reason());
        return Versions.changed(id, version);
    }

    @GetMapping("/{id}/compare")
    LevelComparison compare(@PathVariable UUID id, @RequestParam String from, @RequestParam String to,
                            @RequestParam(defaultValue = "false") boolean draft) {
        return queries.ask(new CompareLevels(id, from, to, draft), LevelComparison.class);
    }

    @GetMapping("/{id}/distribution")
    LevelDistribution distribution(@PathVariable UUID id, @RequestParam(required = false) LocalDate asOf,
                                   @RequestParam(required = false) UUID rootTeamId) {
        return queries.ask(new GetLevelDistribution(id, asOf == null ? null : EffectiveDates.plausible("asOf", asOf), rootTeamId),
                LevelDistribution.class);
    }

    @GetMapping("/labels")
    List<FreeLabel> freeLabels() {
        return queries.askList(new ListFreeLabels(), FreeLabel.class);
    }

    @PostMapping("/labels/map")
    LabelMapping.Mapped mapLabels(@RequestBody LadderRequests.MapLabels body) {
        if (body.mappings() == null) {
            throw InvalidInput.of("mappings", "must not be null");
        }
        LocalDate date = body.effectiveDate() == null ? null : EffectiveDates.plausible("effectiveDate", body.effectiveDate());
        return labels.map(body.mappings(), date, body.reason());
    }

    private LadderContent contentOf(LadderDetails ladder, String version) {
        if ("draft".equals(version)) {
            return ladder.draft();
        }
        if (version == null) {
            if (ladder.published() == null) {
                throw new RuleViolation("Ladder " + ladder.code() + " has no published version yet; export version=draft");
            }
            return ladder.published();
        }
        try {
            return queries.ask(new GetLadderVersion(ladder.id(), Integer.parseInt(version)), LadderContent.class);
        } catch (NumberFormatException e) {
            throw InvalidInput.of("version", "must be a version number or draft");
        }
    }
}
