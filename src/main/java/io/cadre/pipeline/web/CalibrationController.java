package io.cadre.pipeline.web;

import io.cadre.pipeline.api.CalibrationDetails;
import io.cadre.pipeline.api.GetCalibration;
import io.cadre.pipeline.api.OpenCalibration;
import io.cadre.pipeline.api.RecommendPromotion;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.web.EffectiveDates;
import io.cadre.platform.web.Versions;
import io.cadre.shared.InvalidInput;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Opens calibration sessions over promotion cases, records their recommendations, and shows them. */
@RestController
@RequestMapping("/api/calibrations")
class CalibrationController {

    private final Commands commands;
    private final Queries queries;
    private final EffectiveDates dates;

    CalibrationController(Commands commands, Queries queries, EffectiveDates dates) {
        this.commands = commands;
        this.queries = queries;
        this.dates = dates;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> open(@RequestBody PromotionRequests.Calibration body) {
        UUID id = UUID.randomUUID();
        long version = commands.send(new OpenCalibration(id, body.name(), EffectiveDates.plausible("date", body.date()),
                body.promotionIds(), dates.orToday(body.effectiveDate())), id, body.reason());
        return Versions.created(URI.create("/api/calibrations/" + id), id, version);
    }

    @PostMapping("/{id}/recommendations")
    ResponseEntity<Map<String, Object>> recommend(@PathVariable UUID id, @RequestBody PromotionRequests.Recommend body) {
        if (body.reason() == null || body.reason().isBlank()) {
            throw InvalidInput.of("reason", "say why the recommendation changes");
        }
        return Versions.changed(id, commands.send(new RecommendPromotion(id, body.promotionId(), body.recommendation(),
                dates.orToday(body.effectiveDate())), id, body.reason()));
    }

    @GetMapping("/{id}")
    ResponseEntity<CalibrationDetails> calibration(@PathVariable UUID id) {
        CalibrationDetails session = queries.ask(new GetCalibration(id), CalibrationDetails.class);
        return ResponseEntity.ok().eTag(Versions.etag(session.version())).body(session);
    }
}
