package io.cadre.ladder.query;

import io.cadre.ladder.api.FreeLabel;
import io.cadre.ladder.api.GetLevelDistribution;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.LadderDetails;
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
import java.util.UUID;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/** How people spread over a ladder's levels on a date, and which levels people carry that no ladder publishes. */
@Component
class LevelDistributions {

    private final LadderStore ladders;
    private final Queries queries;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    LevelDistributions(LadderStore ladders, Queries queries, Clock clock, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.ladders = ladders;
        this.queries = queries;
        this.clock = clock;
    }

    @QueryHandler
    LevelDistribution handle(GetLevelDistribution query) {
        LadderDetails ladder = ladders.ladder(query.ladderId());
        LadderContent content = ladder.published();
        if (content == null) {
            throw new RuleViolation("Ladder " + ladder.code() + " has no published version yet");
        }
        LocalDate asOf = query.asOf() == null ? LocalDate.now(clock) : query.asOf();
        OrgChart chart = queries.ask(new GetOrgChart(asOf, query.rootTeamId()), OrgChart.class);
        Map<UUID, Level> onLadder = new HashMap<>();
        List<PersonOnLevel> retired = new ArrayList<>();
        int elsewhere = 0;
        for (ChartPerson person : chart.people()) {
            Level level = levelOf(content, person.level());
            if (level == null) {
                elsewhere++;
                continue;
            }
            onLadder.put(person.id(), level);
            if (level.retired()) {
                retired.add(new PersonOnLevel(person.id(), person.name(), person.level()));
            }
        }
        Map<String, Integer> perTrackAndLevel = new HashMap<>();
        ownTracks(content, onLadder, asOf).forEach((person, track) -> perTrackAndLevel.merge(track + " " + onLadder.get(person).code(), 1, Integer::sum));
        List<TrackCount> tracks = new ArrayList<>();
        for (Track track : content.tracks()) {
            List<LevelCount> levels = content.levelsOn(track.code()).stream().map(l -> new LevelCount(l.code(), l.title(),
                    perTrackAndLevel.getOrDefault(track.code() + " " + l.code(), 0), l.retired())).toList();
            tracks.add(new TrackCount(track.code(), track.name(), levels.stream().mapToInt(LevelCount::people).sum(), levels));
        }
        retired.sort(Comparator.comparing(PersonOnLevel::name, Comparator.nullsLast(String::compareToIgnoreCase)));
        return new LevelDistribution(content.code(), ladder.latestVersion(), asOf, tracks, retired, elsewhere);
    }

    private static Level levelOf(LadderContent content, String level) {
        String prefix = content.code() + "/";
        return level != null && level.startsWith(prefix) ? content.level(level.substring(prefix.length())).orElse(null) : null;
    }

    /**
     * Each person's own track, so that nobody counts twice: the track of their level when it is on one track; on a
     * level shared by several tracks (before they fork, or where they meet again at the top), the track of the latest
     * one-track level they held up to the date (someone who switched to management and was then promoted to a shared
     * level stays a manager), else the first of the level's tracks in the ladder's order.
     */
    private Map<UUID, String> ownTracks(LadderContent content, Map<UUID, Level> onLadder, LocalDate asOf) {
        Map<UUID, String> own = new HashMap<>();
        List<UUID> shared = new ArrayList<>();
        onLadder.forEach((person, level) -> {
            if (level.tracks().size() == 1) {
                own.put(person, level.tracks().getFirst());
            } else if (!level.tracks().isEmpty()) {
                shared.add(person);
            }
        });
        if (!shared.isEmpty()) {
            Object[] ids = shared.toArray();
            jdbc.query(con -> {
                var statement = con.prepareStatement("select person_id, level from level_step where person_id = any(?)"
                        + " and effective_date <= ? order by person_id, effective_date desc, position desc");
                statement.setArray(1, con.createArrayOf("uuid", ids));
                statement.setObject(2, asOf);
                return statement;
            }, (RowCallbackHandler) rs -> {
                UUID person = rs.getObject(1, UUID.class);
                Level held = own.containsKey(person) ? null : levelOf(content, rs.getString(2));
                if (held != null && held.tracks().size() == 1) {
                    own.put(person, held.tracks().getFirst());
                }
            });
        }
        for (UUID person : shared) {
            own.computeIfAbsent(person, p -> firstTrack(content, onLadder.get(p)));
        }
        return own;
    }

    private static String firstTrack(LadderContent content, Level level) {
        return content.tracks().stream().map(Track::code).filter(level.tracks()::contains).findFirst().orElse(level.tracks().getFirst());
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
