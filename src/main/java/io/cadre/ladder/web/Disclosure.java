package io.cadre.ladder.web;

import io.cadre.platform.security.SignedIn;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.LadderView;
import io.cadre.shared.Role;

/** Leaves salary bands out of what the API answers, unless the caller may see pay. */
final class Disclosure {

    private Disclosure() {
    }

    static LadderContent of(LadderContent content) {
        return content == null || SignedIn.asAny(Role.PAY_READERS) ? content : content.withoutSalaryBands();
    }

    static LadderView of(LadderView ladder) {
        return SignedIn.asAny(Role.PAY_READERS) ? ladder : ladder.withoutSalaryBands();
    }
}
