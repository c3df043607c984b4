package io.cadre.org.web;

import io.cadre.org.api.ChartPlaceholder;
import io.cadre.org.api.ChartPlaceholderList;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.GetChartPlaceholders;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.GetRecordedOrgChart;
import io.cadre.org.api.OrgChart;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.web.EffectiveDates;
import io.cadre.platform.web.RecordedInstants;
import io.cadre.shared.InvalidInput;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
    private static final byte[] PLACEHOLDERS = ",\"placeholders\":".getBytes(StandardCharsets.UTF_8);

    private final Queries queries;
    private final JsonMapper json;
    /**
     * The JSON last written for each date and root, by the chart object it was written for: the query answers the
     * same object until the projection moves on, and a 50,000-person chart takes longer to write as JSON than to look
     * up. Once it has moved on, the query's next chart shares most rows with the last one, whose JSON is copied.
     */
    private final Map<RenderedKey, Rendered> rendered = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<RenderedKey, Rendered> eldest) {
            return size() > KEPT;
        }
    };

    OrgChartController(Queries queries, JsonMapper json) {
        this.queries = queries;
        this.json = json;
    }

    @GetMapping
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = OrgChart.class)))
    void chart(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
               @RequestParam(required = false) UUID rootTeamId,
               @RequestParam(required = false) String recordedAt, HttpServletResponse response) throws IOException {
        Instant recorded = RecordedInstants.parse("recordedAt", recordedAt);
        OrgChart chart = chart(asOf, rootTeamId, recorded);
        // Open positions are the pipeline's as it stands now: a chart of what Cadre knew before lists none.
        byte[] chartJson = recorded == null ? render(chart, rootTeamId) : ChartJson.write(chart, null, json).bytes();
        byte[] placeholders = json.writeValueAsBytes(placeholders(chart, recorded == null));
        // The kept JSON is written as it is, the placeholders after it: a 50,000-person chart is some 10 MB, which a
        // body put together first would copy on every call.
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLengthLong(chartJson.length - 1L + PLACEHOLDERS.length + placeholders.length + 1L);
        OutputStream out = response.getOutputStream();
        out.write(chartJson, 0, chartJson.length - 1);
        out.write(PLACEHOLDERS);
        out.write(placeholders);
        out.write('}');
    }

    /** The chart as effective on the date, as Cadre knows it now or, with {@code recordedAt}, as it knew it then. */
    private OrgChart chart(LocalDate asOf, UUID rootTeamId, Instant recordedAt) {
        LocalDate date = EffectiveDates.plausible("asOf", asOf);
        return recordedAt == null ? queries.ask(new GetOrgChart(date, rootTeamId), OrgChart.class)
                : queries.ask(new GetRecordedOrgChart(date, recordedAt, rootTeamId), OrgChart.class);
    }

    /**
     * The chart's boxes that are not people (open positions), written as {@code placeholders} after the people: only
     * those of the teams the chart shows, so that they never count as people.
     */
    private List<ChartPlaceholder> placeholders(OrgChart chart, boolean openPositions) {
        if (!openPositions) {
            return List.of();
        }
        Set<UUID> teams = chart.teams().stream().map(ChartTeam::id).collect(Collectors.toSet());
        return queries.ask(new GetChartPlaceholders(chart.asOf()), ChartPlaceholderList.class).within(teams);
    }

    private byte[] render(OrgChart chart, UUID rootTeamId) {
        RenderedKey key = new RenderedKey(chart.asOf(), rootTeamId);
        Rendered earlier;
        synchronized (rendered) {
            earlier = rendered.get(key);
        }
        if (earlier != null && earlier.chart().get() == chart) {
            return earlier.json().bytes();
        }
        ChartJson written = ChartJson.write(chart, earlier == null ? null : earlier.json(), json);
        synchronized (rendered) {
            rendered.put(key, new Rendered(new WeakReference<>(chart), written));
        }
        return written.bytes();
    }

    private record RenderedKey(LocalDate asOf, UUID rootTeamId) {
    }

    /** The chart is held weakly: once the query no longer keeps it, it is never answered again. */
    private record Rendered(WeakReference<OrgChart> chart, ChartJson json) {
    }

    @GetMapping("/export")
    ResponseEntity<String> export(@RequestParam(defaultValue = "json") String format,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                  @RequestParam(required = false) UUID rootTeamId,
                                  @RequestParam(required = false) String recordedAt) {
        ChartExport exporter = ChartExport.named(format)
                .orElseThrow(() -> InvalidInput.of("format", "must be one of csv, json, dot, mermaid"));
        OrgChart chart = chart(asOf, rootTeamId, RecordedInstants.parse("recordedAt", recordedAt));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(exporter.mediaType()))
                .header("Content-Disposition", "attachment; filename=\"org-chart-" + chart.asOf() + "." + exporter.extension() + "\"")
                .body(exporter.render(chart));
    }
}
