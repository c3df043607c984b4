package io.cadre.ladder.query;

import io.cadre.ladder.api.FreeLabel;
import io.cadre.ladder.api.GetLevelDistribution;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.LadderView;
import io.cadre.ladder.api.Level;
import io.cadre.ladder.api.LevelDistribution;
import io.cadre.ladder.api.LevelDistribution.LevelCount;
import io.cadre.ladder.api.LevelDistribution.PersonOnLevel;
import io.cadre.ladder.api.LevelDistribution.TrackCount;
import io.cadre.ladder.api.ListFreeLabels;
import io.cadre.ladder.api.Track;
import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.GetOrgChart;
import io.cadre.org.api.OrgChart;
import io.cadre.platform.gateway.Queries;
import io.cadre.shared.RuleViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** How people spread over a ladder's levels on a date, and which levels people carry that no ladder publishes. */
@Component
class LevelDistributions {

    private final LadderStore ladders;
    private final Queries queries;
    private final Clock clock;

    LevelDistributions(LadderStore ladders, Queries queries, Clock clock) {
        this.ladders = ladders;
        this.queries = queries;
        this.clock = clock;
    }

    @QueryHandler
    LevelDistribution handle(GetLevelDistribution query) {
        LadderView ladder = ladders.ladder(query.ladderId());
        LadderContent content = ladder.published();
        if (content == null) {
            throw new RuleViolation("Ladder " + ladder.code() + " has no published version yet");
        }
        LocalDate asOf = query.asOf() == null ? LocalDate.now(clock) : query.asOf();
        OrgChart chart = queries.ask(new GetOrgChart(asOf, query.rootTeamId()), OrgChart.class);
        String prefix = content.code() + "/";
        Map<String, Integer> perLevel = new HashMap<>();
        List<PersonOnLevel> retired = new ArrayList<>();
        int elsewhere = 0;
        for (ChartPerson person : chart.people()) {
            Level level = person.level() != null && person.level().startsWith(prefix)
                    ? content.level(person.level().substring(prefix.length())).orElse(null) : null;
            if (level == null) {
                elsewhere++;
                continue;
            }
            perLevel.merge(level.code(), 1, Integer::sum);
            if (level.retired()) {
                retired.add(new PersonOnLevel(person.id(), person.name(), person.level()));
            }
        }
        List<TrackCount> tracks = new ArrayList<>();
        for (Track track : content.tracks()) {
            List<LevelCount> levels = content.levelsOn(track.code()).stream()
                    .map(l -> new LevelCount(l.code(), l.title(), perLevel.getOrDefault(l.code(), 0), l.retired())).toList();
            tracks.add(new TrackCount(track.code(), track.name(), levels.stream().mapToInt(LevelCount::people).sum(), levels));
        }
        retired.sort(Comparator.comparing(PersonOnLevel::name, Comparator.nullsLast(String::compareToIgnoreCase)));
        return new LevelDistribution(content.code(), ladder.latestVersion(), asOf, tracks, retired, elsewhere);
    }

    @QueryHandler
    List<FreeLabel> handle(ListFreeLabels query) {
        Map<String, LadderContent> published = ladders.publishedByCode();
        OrgChart chart = queries.ask(new GetOrgChart(LocalDate.now(clock), null), OrgChart.class);
        Map<String, Integer> labels = new TreeMap<>();
        for (ChartPerson person : chart.people()) {
            String level = person.level();
            if (level != null && !onPublishedLadder(level, published)) {
                labels.merge(level, 1, Integer::sum);
            }
        }
        return labels.entrySet().stream().map(e -> new FreeLabel(e.getKey(), e.getValue())).toList();
    }

    private static boolean onPublishedLadder(String level, Map<String, LadderContent> published) {
        int slash = level.indexOf('/');
        LadderContent ladder = slash < 0 ? null : published.get(level.substring(0, slash));
        return ladder != null && ladder.level(level.substring(slash + 1)).isPresent();
    }
}
