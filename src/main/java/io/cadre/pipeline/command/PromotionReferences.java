package io.cadre.pipeline.command;

import io.cadre.ladder.api.Expectation;
import io.cadre.ladder.api.FindLadderByCode;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.LadderDetails;
import io.cadre.ladder.api.Level;
import io.cadre.org.api.GetPerson;
import io.cadre.org.api.LevelChangeKind;
import io.cadre.org.api.PersonDetails;
import io.cadre.pipeline.api.Evidence;
import io.cadre.pipeline.service.PromotionScope;
import io.cadre.platform.gateway.Queries;
import io.cadre.shared.FieldError;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotAllowed;
import io.cadre.shared.NotFound;
import io.cadre.shared.RuleViolation;
import io.cadre.shared.TextRule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What a promotion case refers to outside the pipeline, judged when it is nominated or decided: the person as the
 * organisation has them today, whether the sender may act for them, and their ladder's latest published version.
 */
@Component
class PromotionReferences {

    /** A target level judged against the person's ladder: the change it makes and the version it was judged against. */
    record Judged(String fromLevel, String targetLevel, LevelChangeKind kind, int ladderVersion) {
    }

    private final Queries queries;
    private final PromotionScope scope;

    PromotionReferences(Queries queries, PromotionScope scope) {
        this.queries = queries;
        this.scope = scope;
    }

    PersonDetails person(UUID personId) {
        try {
            return queries.ask(new GetPerson(personId), PersonDetails.class);
        } catch (NotFound e) {
            throw InvalidInput.of("personId", "no person with id " + personId);
        }
    }

    void requireMayActFor(PersonDetails person, String what) {
        if (!scope.mayActFor(person.id())) {
            throw new NotAllowed("Only " + person.name() + "'s manager, a director above them, HR or an admin may " + what);
        }
    }

    Judged judge(PersonDetails person, String target, List<Evidence> evidence) {
        if ("LEFT".equals(person.status())) {
            throw new RuleViolation(person.name() + " left on " + person.leftOn() + " and cannot be promoted");
        }
        String from = person.level();
        if (from == null || from.indexOf('/') < 1) {
            throw new RuleViolation(person.name() + "'s level " + (from == null ? "is not set" : "'" + from + "' is a free label")
                    + "; give them a level of a published ladder first");
        }
        String ladderCode = from.substring(0, from.indexOf('/'));
        String targetLevel = target.strip();
        if (!targetLevel.startsWith(ladderCode + "/")) {
            throw InvalidInput.of("targetLevel", "must be a level of " + person.name() + "'s ladder, written " + ladderCode + "/<level>");
        }
        LadderDetails ladder = queries.askList(new FindLadderByCode(ladderCode), LadderDetails.class).stream().findFirst()
                .filter(l -> l.published() != null)
                .orElseThrow(() -> new RuleViolation("The ladder " + ladderCode + " has no published version"));
        LadderContent content = ladder.published();
        String fromCode = from.substring(ladderCode.length() + 1);
        String toCode = targetLevel.substring(ladderCode.length() + 1);
        Level current = content.level(fromCode).orElseThrow(() -> new RuleViolation(person.name() + "'s level " + from
                + " is not in version " + ladder.latestVersion() + " of the ladder"));
        Level level = content.level(toCode).orElseThrow(() -> InvalidInput.of("targetLevel", "no level " + toCode
                + " in version " + ladder.latestVersion() + " of the ladder " + ladderCode));
        if (level.retired()) {
            throw InvalidInput.of("targetLevel", level.title() + " is retired and takes no one new");
        }
        LevelChangeKind kind;
        if (level.order() > current.order() && !Collections.disjoint(level.tracks(), current.tracks())) {
            kind = LevelChangeKind.PROMOTION;
        } else if (content.equivalentsOf(fromCode).contains(toCode)) {
            kind = LevelChangeKind.TRACK_SWITCH;
        } else {
            throw InvalidInput.of("targetLevel", "must be above " + current.title() + " on its track ("
                    + String.join(", ", current.tracks()) + ") or equivalent to it on another track");
        }
        requireAreasOf(content, toCode, evidence);
        return new Judged(from, ladderCode + "/" + toCode, kind, ladder.latestVersion());
    }

    private static void requireAreasOf(LadderContent content, String levelCode, List<Evidence> evidence) {
        Set<String> areas = content.expectations().stream().filter(e -> e != null && levelCode.equals(e.level()))
                .map(Expectation::area).collect(Collectors.toCollection(TreeSet::new));
        if (areas.isEmpty()) {
            content.areas().stream().filter(Objects::nonNull).forEach(a -> areas.add(a.code()));
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            TextRule.check("evidence[" + i + "].area", evidence.get(i).area(), errors);
            TextRule.check("evidence[" + i + "].text", evidence.get(i).text(), errors);
            String area = evidence.get(i).area().strip();
            if (!areas.contains(area)) {
                errors.add(new FieldError("evidence[" + i + "].area", "must be a competency area of the target level: "
                        + String.join(", ", areas)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
