package io.cadre.pipeline.command;

import io.cadre.org.api.LevelCatalog;
import io.cadre.org.api.GetPerson;
import io.cadre.org.api.GetTeam;
import io.cadre.org.api.PersonDetails;
import io.cadre.org.api.TeamKind;
import io.cadre.org.api.TeamDetails;
import io.cadre.platform.gateway.TestGateways;
import io.cadre.shared.NotFound;
import io.cadre.support.TestDatabase;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the pipeline's aggregates see of the organisation and the ladders in fixture tests: teams and people answered on a
 * real query bus from what the test says exists, one published ladder (version 3) with levels under {@code eng/}, and
 * the command side's position records in a real database.
 */
final class OrgFixture {

    static final int LADDER_VERSION = 3;

    final JdbcTemplate jdbc = TestDatabase.jdbc();
    final PositionRegistry registry = new PositionRegistry(jdbc);
    final CandidateDataStore candidateData = new CandidateDataStore(jdbc);
    private final Map<UUID, TeamDetails> teams = new HashMap<>();
    private final Map<UUID, PersonDetails> people = new HashMap<>();
    final PositionReferences references;

    OrgFixture() {
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(this).subscribe(bus);
        LevelCatalog ladders = (field, level) -> level.startsWith("eng/") ? LADDER_VERSION : null;
        references = new PositionReferences(TestGateways.queries(DefaultQueryGateway.builder().queryBus(bus).build()), ladders);
    }

    UUID team(String status) {
        UUID id = UUID.randomUUID();
        teams.put(id, new TeamDetails(id, "Team " + id, TeamKind.TEAM, null, null, null, 0, 0, status, LocalDate.of(2020, 1, 1),
                "DISSOLVED".equals(status) ? LocalDate.of(2024, 1, 1) : null));
        return id;
    }

    UUID person(String status) {
        UUID id = UUID.randomUUID();
        people.put(id, new PersonDetails(id, null, "Manager " + id, id + "@example.com", "Lead", null, null, null,
                LocalDate.of(2020, 1, 1), status, "LEFT".equals(status) ? LocalDate.of(2024, 1, 1) : null, 0));
        return id;
    }

    @QueryHandler
    TeamDetails handle(GetTeam query) {
        TeamDetails team = teams.get(query.teamId());
        if (team == null) {
            throw new NotFound("No team with id " + query.teamId());
        }
        return team;
    }

    @QueryHandler
    PersonDetails handle(GetPerson query) {
        PersonDetails person = people.get(query.personId());
        if (person == null) {
            throw new NotFound("No person with id " + query.personId());
        }
        return person;
    }
}
