package io.cadre.pipeline.web;

import io.cadre.pipeline.api.GetPipelineBoard;
import io.cadre.pipeline.api.GetPipelineMetrics;
import io.cadre.pipeline.api.PipelineBoard;
import io.cadre.pipeline.api.PipelineMetrics;
import io.cadre.platform.gateway.Queries;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The pipeline board (every open position of a team and the teams below it, with its candidates by stage) and its measures. */
@RestController
class PipelineController {

    private final Queries queries;

    PipelineController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/pipeline")
    PipelineBoard board(@RequestParam(required = false) UUID teamId) {
        return queries.ask(new GetPipelineBoard(teamId), PipelineBoard.class);
    }

    @GetMapping("/api/pipeline/metrics")
    PipelineMetrics metrics(@RequestParam(required = false) UUID teamId) {
        return queries.ask(new GetPipelineMetrics(teamId), PipelineMetrics.class);
    }
}
