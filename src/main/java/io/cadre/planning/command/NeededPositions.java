package io.cadre.planning.command;

import io.cadre.pipeline.api.GetPosition;
import io.cadre.pipeline.api.PositionDetails;
import io.cadre.platform.gateway.Queries;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotFound;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The positions an objective may name: any the pipeline knows, asked through the pipeline's api only. */
@Component
class NeededPositions {

    private final Queries queries;

    NeededPositions(Queries queries) {
        this.queries = queries;
    }

    /** The position's title, for the refusal messages; an unknown position is bad input. */
    String require(UUID positionId) {
        try {
            return queries.ask(new GetPosition(positionId), PositionDetails.class).title();
        } catch (NotFound e) {
            throw InvalidInput.of("positionId", "no position with id " + positionId);
        }
    }
}
