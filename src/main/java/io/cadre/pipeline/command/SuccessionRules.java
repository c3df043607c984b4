package io.cadre.pipeline.command;

import io.cadre.org.api.GetPerson;
import io.cadre.org.api.PersonDetails;
import io.cadre.pipeline.service.PromotionScope;
import io.cadre.platform.gateway.Queries;
import io.cadre.platform.security.LinkedPeople;
import io.cadre.platform.security.SignedIn;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotAllowed;
import io.cadre.shared.NotFound;
import io.cadre.shared.Role;
import io.cadre.shared.RuleViolation;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a succession plan refers to: a person the organisation still has, in the sender's scope (HR, ADMIN and Cadre
 * itself everywhere; a director only in the subtree of the teams their linked person leads), and active successors.
 */
@Component
class SuccessionRules {

    private final Queries queries;
    private final LinkedPeople linked;
    private final PromotionScope scope;

    SuccessionRules(Queries queries, LinkedPeople linked, PromotionScope scope) {
        this.queries = queries;
        this.linked = linked;
        this.scope = scope;
    }

    void requireSubject(UUID personId) {
        PersonDetails person = queries.ask(new GetPerson(personId), PersonDetails.class);
        if ("LEFT".equals(person.status())) {
            throw new RuleViolation(person.name() + " left on " + person.leftOn() + "; a succession plan is for people still here");
        }
        requireInScope(person);
    }

    void requireActiveSuccessor(String field, UUID personId) {
        PersonDetails successor;
        try {
            successor = queries.ask(new GetPerson(personId), PersonDetails.class);
        } catch (NotFound e) {
            throw InvalidInput.of(field, "no person with id " + personId);
        }
        if ("LEFT".equals(successor.status())) {
            throw new RuleViolation(successor.name() + " left on " + successor.leftOn() + " and cannot be named a successor");
        }
    }

    private void requireInScope(PersonDetails person) {
        // Cadre's own work (the demo) acts as ADMIN, so the roles alone decide for it too.
        if (SignedIn.asAny(Role.ADMIN.name(), Role.HR.name())) {
            return;
        }
        Authentication sender = SecurityContextHolder.getContext().getAuthentication();
        if (sender == null || linked.personOf(sender.getName()).isEmpty()) {
            throw new NotAllowed("A director plans succession in the teams they lead; " + (sender == null ? "nobody" : sender.getName())
                    + " is linked to no person");
        }
        if (!scope.leadsTeamAtOrAbove(person.teamId())) {
            throw new NotAllowed("A director plans succession in the teams they lead and below; " + person.name() + " is outside them");
        }
    }
}
