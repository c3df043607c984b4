package io.cadre.org.web;

import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.OrgChart;
import io.cadre.platform.axon.Queries;
import io.cadre.platform.web.EffectiveDates;
import io.cadre.shared.InvalidInput;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** The org chart on any date, whole or from one team down, as JSON or in an export format. */
@RestController
@RequestMapping("/api/org-chart")
class OrgChartController {

    private static final int KEPT = 4;

    private final Queries queries;
    private final JsonMapper json;
    /**
     * The JSON of the charts last answered, by the chart object itself: the query answers the same object until the
     * projection moves on, and a 50,000-person chart takes longer to write as JSON than to look up. The chart is held
     * weakly: once the query no longer keeps it, it can never be answered again, and its entry goes.
     */
    private final Deque<Rendered> rendered = new ArrayDeque<>();

    OrgChartController(Queries queries, JsonMapper json) {
        this.queries = queries;
        this.json = json;
    }

    @GetMapping
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = OrgChart.class)))
    ResponseEntity<byte[]> chart(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                 @RequestParam(required = false) UUID rootTeamId) {
        OrgChart chart = queries.ask(new GetOrgChart(EffectiveDates.plausible("asOf", asOf), rootTeamId), OrgChart.class);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(render(chart));
    }

    private byte[] render(OrgChart chart) {
        synchronized (rendered) {
            rendered.removeIf(done -> done.chart().get() == null);
            for (Rendered done : rendered) {
                if (done.chart().get() == chart) {
                    return done.json();
                }
            }
        }
        byte[] bytes = json.writeValueAsBytes(chart);
        synchronized (rendered) {
            rendered.addFirst(new Rendered(new WeakReference<>(chart), bytes));
            while (rendered.size() > KEPT) {
                rendered.removeLast();
            }
        }
        return bytes;
    }

    private record Rendered(WeakReference<OrgChart> chart, byte[] json) {
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
