package io.cadre.planning.service;

import io.cadre.planning.api.FindScenarios;
import io.cadre.planning.api.GetScenario;
import io.cadre.planning.api.ScenarioDetails;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.security.ScopeDecision;
import io.cadre.platform.security.SignedIn;
import io.cadre.shared.NotAllowed;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who may see and change a scenario: HR and ADMIN every one, a DIRECTOR their own; nobody else any. */
@Component
public class ScenarioAccess {

    private final Queries queries;
    private final ScopeDecision scopes;

    ScenarioAccess(Queries queries, ScopeDecision scopes) {
        this.queries = queries;
        this.scopes = scopes;
    }

    /** The scenario, when the signed-in user may see it: 404 when there is none, 403 when it is not theirs. */
    public ScenarioDetails scenario(UUID id) {
        ScenarioDetails scenario = queries.ask(new GetScenario(id), ScenarioDetails.class);
        if (!everyScenario() && !(SignedIn.asAny("DIRECTOR") && scenario.owner().equals(user()))) {
            throw new NotAllowed("Scenario " + scenario.name() + " belongs to " + scenario.owner()
                    + "; only its owner, HR and administrators may see or change it");
        }
        return scenario;
    }

    /** The scenarios the signed-in user may see, newest first. */
    public List<ScenarioDetails> scenarios() {
        if (everyScenario()) {
            return queries.askList(new FindScenarios(null), ScenarioDetails.class);
        }
        return SignedIn.asAny("DIRECTOR") ? queries.askList(new FindScenarios(user()), ScenarioDetails.class) : List.of();
    }

    /** Whether the signed-in user may see the cost of the scenario's subtree (product.md §7.5: ADMIN, HR, its directors). */
    boolean maySeeCost(UUID rootTeamId) {
        return scopes.seesPayFor(rootTeamId);
    }

    private static boolean everyScenario() {
        return SignedIn.asAny("ADMIN", "HR");
    }

    static String user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
