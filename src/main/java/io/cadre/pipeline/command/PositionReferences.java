package io.cadre.pipeline.command;

import io.cadre.org.api.LevelCatalog;
import io.cadre.org.api.GetPerson;
import io.cadre.org.api.GetTeam;
import io.cadre.org.api.PersonDetails;
import io.cadre.org.api.TeamDetails;
import io.cadre.platform.gateway.Queries;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotFound;
import io.cadre.shared.RuleViolation;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What a position refers to outside the pipeline: a team and a manager the organisation knows and still has, and a level
 * of a published ladder, judged as the organisation judges a hire's level.
 */
@Component
class PositionReferences {

    private final Queries queries;
    private final LevelCatalog ladders;

    PositionReferences(Queries queries, LevelCatalog ladders) {
        this.queries = queries;
        this.ladders = ladders;
    }

    void requireActiveTeam(UUID teamId) {
        TeamDetails team;
        try {
            team = queries.ask(new GetTeam(teamId), TeamDetails.class);
        } catch (NotFound e) {
            throw InvalidInput.of("teamId", "no team with id " + teamId);
        }
        if ("DISSOLVED".equals(team.status())) {
            throw new RuleViolation("Team " + team.name() + " was dissolved on " + team.dissolvedOn());
        }
    }

    void requireActiveManager(UUID managerId) {
        if (managerId == null) {
            return;
        }
        PersonDetails manager;
        try {
            manager = queries.ask(new GetPerson(managerId), PersonDetails.class);
        } catch (NotFound e) {
            throw InvalidInput.of("managerId", "no person with id " + managerId);
        }
        if ("LEFT".equals(manager.status())) {
            throw new RuleViolation(manager.name() + " left on " + manager.leftOn() + " and cannot manage a new hire");
        }
    }

    /** The version of the published ladder the level belongs to; before any ladder is published there is none to open at. */
    int requirePublishedLevel(String level) {
        Integer version = ladders.judge("level", level);
        if (version == null) {
            throw InvalidInput.of("level", "no career ladder is published yet: publish one, then open positions at its levels");
        }
        return version;
    }
}
