package io.cadre.ladder.web;

import io.cadre.ladder.api.GetGrowthPath;
import io.cadre.ladder.api.GrowthPath;
import io.cadre.platform.gateway.Queries;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A person's growth path on their ladder. */
@RestController
class GrowthPathController {

    private final Queries queries;

    GrowthPathController(Queries queries) {
        this.queries = queries;
    }

    /** {@code target} is a level code of the person's ladder whose expectations are compared with theirs. */
    @GetMapping("/api/people/{id}/growth-path")
    GrowthPath growthPath(@PathVariable UUID id, @RequestParam(required = false) String target) {
        return queries.ask(new GetGrowthPath(id, target == null || target.isBlank() ? null : target.strip()), GrowthPath.class);
    }
}
