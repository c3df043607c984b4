package io.cadre.pipeline.query;

import io.cadre.platform.security.ReadScope;
import io.cadre.platform.security.Scope;
import java.util.List;
import java.util.UUID;

/**
 * Which positions' hiring the asking user reaches (product.md §7.5: candidacies follow scope): a position whose team is
 * in the user's scope, or whose hire will report to someone in it; ADMIN and HR every position. Positions themselves
 * stay visible to all, as the org chart shows them; their candidates, the board and its measures keep to this reach.
 */
final class HiringReach {

    private final Scope scope = ReadScope.current();

    /** Whether the position of the team, whose hire reports to the manager, is in reach. */
    boolean covers(UUID teamId, UUID managerId) {
        return scope.everyone() || scope.coversTeam(teamId) || managerId != null && scope.coversPerson(managerId);
    }

    /** A boolean SQL expression over the position alias {@code p}; its arguments are appended. */
    String sql(List<Object> args) {
        if (scope.everyone()) {
            return "true";
        }
        args.add(scope.teams().toArray(UUID[]::new));
        args.add(scope.people().toArray(UUID[]::new));
        return "(p.team_id = any(?) or p.manager_id = any(?))";
    }
}
