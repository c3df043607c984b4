package io.cadre.planning.command;

import io.cadre.org.api.GetTeam;
import io.cadre.org.api.TeamDetails;
import io.cadre.platform.gateway.Queries;
import io.cadre.shared.NotFound;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The organisation's teams as its queries give them, which include every change the org has answered for. */
@Component
class OrgTeams implements TeamDirectory {

    private final Queries queries;

    OrgTeams(Queries queries) {
        this.queries = queries;
    }

    @Override
    public Optional<TeamFacts> team(UUID teamId) {
        try {
            TeamDetails team = queries.ask(new GetTeam(teamId), TeamDetails.class);
            return Optional.of(new TeamFacts(team.id(), team.name(), team.parentId(), team.formedOn(), team.dissolvedOn()));
        } catch (NotFound e) {
            return Optional.empty();
        }
    }
}
