package io.cadre.planning.web;

import io.cadre.planning.api.GetGrowthModel;
import io.cadre.planning.api.GrowthForecast;
import io.cadre.planning.api.GrowthInputs;
import io.cadre.planning.api.GrowthModelDetails;
import io.cadre.planning.api.ListGrowthModels;
import io.cadre.planning.api.SaveGrowthModel;
import io.cadre.planning.service.GrowthForecastCsv;
import io.cadre.planning.service.GrowthModels;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.web.EffectiveDates;
import io.cadre.platform.web.Listings;
import io.cadre.platform.web.Versions;
import io.cadre.shared.FieldError;
import io.cadre.shared.InvalidInput;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Runs growth models (JSON or CSV), proposes the "10x" inputs, and saves and shows named models. */
@RestController
@RequestMapping("/api/growth-models")
class GrowthModelController {

    private static final int MAX_PAGE_SIZE = 200;

    private final GrowthModels models;
    private final Commands commands;
    private final Queries queries;

    GrowthModelController(GrowthModels models, Commands commands, Queries queries) {
        this.models = models;
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping("/run")
    ResponseEntity<?> run(@RequestBody GrowthInputs inputs, @RequestParam(defaultValue = "json") String format) {
        List<FieldError> errors = new ArrayList<>();
        Listings.checkFormat(format, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        GrowthForecast forecast = models.run(inputs);
        return Listings.answer(forecast, format, GrowthForecastCsv::of);
    }

    @GetMapping("/presets/10x")
    GrowthInputs tenX(@RequestParam(required = false) UUID rootTeamId,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fromDate) {
        return models.tenX(rootTeamId, EffectiveDates.plausible("fromDate", fromDate));
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> save(@RequestBody GrowthModelRequests.Save body) {
        if (body.inputs() == null) {
            throw InvalidInput.of("inputs", "must not be null");
        }
        body.inputs().checked("inputs.");
        try {
            models.run(body.inputs());
        } catch (InvalidInput e) {
            throw new InvalidInput(e.errors().stream().map(f -> new FieldError("inputs." + f.field(), f.message())).toList());
        }
        UUID id = UUID.randomUUID();
        long version = commands.send(new SaveGrowthModel(id, body.name(), body.inputs()), id, body.reason());
        return Versions.created(URI.create("/api/growth-models/" + id), id, version);
    }

    @GetMapping
    ResponseEntity<?> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                           @RequestParam(defaultValue = "json") String format) {
        List<FieldError> errors = new ArrayList<>();
        Listings.checkPage(page, size, MAX_PAGE_SIZE, errors);
        Listings.checkFormat(format, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        List<GrowthModelDetails> all = queries.askList(new ListGrowthModels(), GrowthModelDetails.class);
        if (format.equals("csv")) {
            return ResponseEntity.ok().contentType(Listings.CSV).body(SavedModelsCsv.of(all));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("items", all.stream().skip((long) page * size).limit(size).toList());
        answer.put("page", page);
        answer.put("size", size);
        answer.put("total", all.size());
        return ResponseEntity.ok(answer);
    }

    @GetMapping("/{id}")
    GrowthModelDetails model(@PathVariable UUID id) {
        return queries.ask(new GetGrowthModel(id), GrowthModelDetails.class);
    }
}
