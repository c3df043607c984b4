package io.cadre.ladder.web;

import io.cadre.platform.security.ScopeDecision;
import org.springframework.stereotype.Component;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.LadderDetails;

/** Leaves salary bands out of what the API answers, unless the caller may see pay ({@link ScopeDecision#seesPay}). */
@Component
final class Disclosure {

    private final ScopeDecision scopes;

    Disclosure(ScopeDecision scopes) {
        this.scopes = scopes;
    }

    LadderContent of(LadderContent content) {
        return content == null || scopes.seesPay() ? content : content.withoutSalaryBands();
    }

    LadderDetails of(LadderDetails ladder) {
        return scopes.seesPay() ? ladder : ladder.withoutSalaryBands();
    }
}
