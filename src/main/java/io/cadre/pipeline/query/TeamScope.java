package io.cadre.pipeline.query;

import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.GetTeam;
import io.cadre.org.api.OrgChart;
import io.cadre.org.api.TeamDetails;
import io.cadre.platform.gateway.Queries;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotFound;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** The teams a pipeline query about one team covers: that team and every team below it today. */
@Component
class TeamScope {

    private final Queries queries;
    private final Clock clock;

    TeamScope(Queries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** The team and every team below it today (a dissolved team stands alone), as one array parameter for {@code = any(?)}. */
    UUID[] teamAndBelow(UUID teamId) {
        try {
            queries.ask(new GetTeam(teamId), TeamDetails.class);
        } catch (NotFound e) {
            throw InvalidInput.of("teamId", "no team with id " + teamId);
        }
        OrgChart chart = queries.ask(new GetOrgChart(LocalDate.now(clock), teamId), OrgChart.class);
        return Stream.concat(Stream.of(teamId), chart.teams().stream().map(ChartTeam::id)).distinct().toArray(UUID[]::new);
    }
}
