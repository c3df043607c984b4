package io.cadre.platform.replay;

import io.cadre.platform.replay.ProjectionRebuild;
import java.time.Duration;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets an administrator drop and rebuild every read model from the event store. */
@RestController
class ProjectionController {

    private final ProjectionRebuild rebuild;

    ProjectionController(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/api/admin/projections/rebuild")
    Map<String, Object> rebuild() {
        ProjectionRebuild.Rebuilt rebuilt = rebuild.rebuildAll(Duration.ofMinutes(10));
        return Map.of("rebuilt", rebuilt.processors(), "replayedEvents", rebuilt.replayedEvents());
    }
}
