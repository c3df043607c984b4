package io.cadre.org.web;

import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.OrgChart;
import io.cadre.platform.axon.Queries;
import io.cadre.platform.web.EffectiveDates;
import io.cadre.shared.InvalidInput;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The org chart on any date, whole or from one team down, as JSON or in an export format. */
@RestController
@RequestMapping("/api/org-chart")
class OrgChartController {

    private final Queries queries;

    OrgChartController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping
    OrgChart chart(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                   @RequestParam(required = false) UUID rootTeamId) {
        return queries.ask(new GetOrgChart(EffectiveDates.plausible("asOf", asOf), rootTeamId), OrgChart.class);
    }

    @GetMapping("/export")
    ResponseEntity<String> export(@RequestParam(defaultValue = "json") String format,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                  @RequestParam(required = false) UUID rootTeamId) {
        ChartExport exporter = ChartExport.named(format)
                .orElseThrow(() -> InvalidInput.of("format", "must be one of csv, json, dot, mermaid"));
        OrgChart chart = queries.ask(new GetOrgChart(EffectiveDates.plausible("asOf", asOf), rootTeamId), OrgChart.class);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(exporter.mediaType()))
                .header("Content-Disposition", "attachment; filename=\"org-chart-" + chart.asOf() + "." + exporter.extension() + "\"")
                .body(exporter.render(chart));
    }
}
