package io.cadre.platform.replay;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets an administrator drop and rebuild the read models from the event store: every processing group, or the one
 * named by {@code group}.
 */
@RestController
class ProjectionController {

    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private final ProjectionRebuild rebuild;

    ProjectionController(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/api/admin/projections/rebuild")
    Map<String, Object> rebuild(@RequestParam(required = false) String group) {
        ProjectionRebuild.Rebuilt rebuilt = group == null ? rebuild.rebuildAll(PATIENCE) : rebuild.rebuild(group, PATIENCE);
        return Map.of("rebuilt", rebuilt.processors(), "replayedEvents", rebuilt.replayedEvents());
    }

    /**
     * A rebuild that failed on an event answers 409: the stored events conflict with what the projections accept, the
     * read models are as they were, and trying again changes nothing until the projection or the event is dealt with.
     * One that stopped for any other reason (a rebuild already running, processors slow to catch up, a statement the
     * database refused) answers 503 with {@code Retry-After}: trying again later may succeed. Neither is Cadre failing
     * to handle the request (500).
     */
    @ExceptionHandler(RebuildFailed.class)
    ResponseEntity<ProblemDetail> failed(RebuildFailed e) {
        HttpStatus status = e.event().isPresent() ? HttpStatus.CONFLICT : HttpStatus.SERVICE_UNAVAILABLE;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                e.getMessage() + "; the read models are as they were before the rebuild");
        problem.setTitle(e.event().isPresent() ? "Rebuild failed on an event" : "Rebuild did not finish");
        if (e.processor() != null) {
            problem.setProperty("group", e.processor());
        }
        e.event().ifPresent(event -> {
            Map<String, Object> failed = new LinkedHashMap<>();
            failed.put("globalIndex", event.globalIndex());
            failed.put("type", event.type());
            failed.put("aggregateId", event.aggregateId());
            failed.put("error", event.error());
            problem.setProperty("event", failed);
        });
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            answer.header(HttpHeaders.RETRY_AFTER, "60");
        }
        return answer.body(problem);
    }
}
