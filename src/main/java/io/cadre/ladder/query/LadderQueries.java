package io.cadre.ladder.query;

import io.cadre.ladder.api.CompareLevels;
import io.cadre.ladder.api.FindLadderByCode;
import io.cadre.ladder.api.GetLadder;
import io.cadre.ladder.api.GetLadderVersion;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.LadderSummary;
import io.cadre.ladder.api.LadderDetails;
import io.cadre.ladder.api.Level;
import io.cadre.ladder.api.LevelComparison;
import io.cadre.ladder.api.LevelOption;
import io.cadre.ladder.api.ListOpenLevels;
import io.cadre.org.api.AssignableLevel;
import io.cadre.org.api.ListAssignableLevels;
import io.cadre.ladder.api.ListLadders;
import io.cadre.shared.RuleViolation;
import java.util.Comparator;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers questions about ladders themselves: the list, one ladder, one version, two levels compared. */
@Component
class LadderQueries {

    private final LadderStore store;

    LadderQueries(LadderStore store) {
        this.store = store;
    }

    @QueryHandler
    List<LadderSummary> handle(ListLadders query) {
        return store.all();
    }

    @QueryHandler
    LadderDetails handle(GetLadder query) {
        return store.ladder(query.ladderId());
    }

    @QueryHandler
    List<LadderDetails> handle(FindLadderByCode query) {
        return store.byCode(query.code()).stream().toList();
    }

    @QueryHandler
    LadderContent handle(GetLadderVersion query) {
        return store.version(query.ladderId(), query.version());
    }

    @QueryHandler
    List<AssignableLevel> handle(ListAssignableLevels query) {
        return handle(new ListOpenLevels()).stream().map(option -> new AssignableLevel(option.level(), option.title())).toList();
    }

    @QueryHandler
    List<LevelOption> handle(ListOpenLevels query) {
        return store.publishedByCode().values().stream()
                .sorted(Comparator.comparing(LadderContent::name))
                .flatMap(ladder -> ladder.levels().stream().filter(l -> !l.retired())
                        .sorted(Comparator.comparingInt(Level::order).thenComparing(Level::code))
                        .map(l -> new LevelOption(ladder.code() + "/" + l.code(), l.title(), l.tracks(), ladder.name())))
                .toList();
    }

    @QueryHandler
    LevelComparison handle(CompareLevels query) {
        LadderDetails ladder = store.ladder(query.ladderId());
        LadderContent content = query.draft() ? ladder.draft() : ladder.published();
        if (content == null) {
            throw new RuleViolation("Ladder " + ladder.code() + " has no published version yet; compare its draft instead");
        }
        return LevelComparisons.compare(content, query.from(), query.to());
    }
}
