package io.cadre.planning.web;

import io.cadre.planning.api.AddNeededPosition;
import io.cadre.planning.api.RemoveNeededPosition;
import io.cadre.platform.gateway.Commands;
import io.cadre.platform.web.EffectiveDates;
import io.cadre.platform.web.Versions;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Names the positions an objective needs, and stops naming them; {@code GET /api/objectives/{id}} lists them as positionIds. */
@RestController
@RequestMapping("/api/objectives/{id}/positions")
class NeededPositionController {

    private final Commands commands;
    private final EffectiveDates dates;

    NeededPositionController(Commands commands, EffectiveDates dates) {
        this.commands = commands;
        this.dates = dates;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> add(@PathVariable UUID id, @RequestBody ObjectiveRequests.NeededPosition body,
                                            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return Versions.changed(id, commands.send(new AddNeededPosition(id, body.positionId(), dates.orToday(body.effectiveDate()),
                Versions.ifMatch(ifMatch)), id, body.reason()));
    }

    @DeleteMapping("/{positionId}")
    ResponseEntity<Map<String, Object>> remove(@PathVariable UUID id, @PathVariable UUID positionId,
                                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                               LocalDate effectiveDate,
                                               @RequestParam(required = false) String reason,
                                               @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return Versions.changed(id, commands.send(new RemoveNeededPosition(id, positionId, dates.orToday(effectiveDate),
                Versions.ifMatch(ifMatch)), id, reason));
    }
}
