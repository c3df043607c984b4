package io.cadre.ladder.query;

import io.cadre.ladder.api.GetGrowthPath;
import io.cadre.ladder.api.GrowthPath;
import io.cadre.ladder.api.GrowthStep;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.LadderView;
import io.cadre.ladder.api.Level;
import io.cadre.ladder.api.LevelComparison;
import io.cadre.ladder.api.LevelOption;
import io.cadre.org.api.GetPerson;
import io.cadre.org.api.PersonView;
import io.cadre.platform.gateway.Queries;
import io.cadre.shared.InvalidInput;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A person's growth path: the levels they held (each with the ladder version it was judged against and what
 * later versions changed about it), where they can go next on their tracks and across, and what a target expects.
 */
@Component
class GrowthPaths {

    private final JdbcTemplate jdbc;
    private final LadderStore ladders;
    private final Queries queries;
    private final Clock clock;

    GrowthPaths(JdbcTemplate jdbc, LadderStore ladders, Queries queries, Clock clock) {
        this.jdbc = jdbc;
        this.ladders = ladders;
        this.queries = queries;
        this.clock = clock;
    }

    @QueryHandler
    GrowthPath handle(GetGrowthPath query) {
        PersonView person = queries.ask(new GetPerson(query.personId()), PersonView.class);
        LocalDate today = LocalDate.now(clock);
        List<Step> steps = steps(person);
        String current = person.level();
        Optional<LadderView> ladder = ladderOf(current);
        LadderContent latest = ladder.map(LadderView::published).orElse(null);
        String levelCode = current == null ? null : current.substring(current.indexOf('/') + 1);
        Level level = latest == null ? null : latest.level(levelCode).orElse(null);
        LocalDate since = steps.isEmpty() ? person.startDate() : steps.getLast().effectiveDate();
        List<GrowthStep> path = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            LocalDate until = i + 1 < steps.size() ? steps.get(i + 1).effectiveDate() : today;
            path.add(growthStep(steps.get(i), until, ladder.orElse(null), latest));
        }
        if (level == null) {
            if (query.targetLevel() != null) {
                throw InvalidInput.of("target", "this person's level is not on a published ladder, so there is nothing to compare with");
            }
            return new GrowthPath(person.id(), person.name(), current, null, since, days(since, today), null, null, path,
                    List.of(), List.of(), null);
        }
        LevelComparison target = query.targetLevel() == null ? null : LevelComparisons.compare(latest, levelCode, query.targetLevel());
        return new GrowthPath(person.id(), person.name(), current, level.title(), since, days(since, today), latest.code(),
                ladder.get().latestVersion(), path, nextLevels(latest, level), crossTrack(latest, level), target);
    }

    private record Step(LocalDate effectiveDate, String level, String kind, Integer ladderVersion) {
    }

    private List<Step> steps(PersonView person) {
        return jdbc.query("select effective_date, level, kind, ladder_version from level_step where person_id = ? order by effective_date, position",
                (rs, row) -> new Step(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3), (Integer) rs.getObject(4)),
                person.id());
    }

    private GrowthStep growthStep(Step step, LocalDate until, LadderView ladder, LadderContent latest) {
        String title = null;
        List<String> changedSince = List.of();
        if (ladder != null && step.ladderVersion() != null && step.level().startsWith(ladder.code() + "/")) {
            String code = step.level().substring(ladder.code().length() + 1);
            LadderContent judged = ladders.version(ladder.id(), step.ladderVersion());
            title = judged.level(code).map(Level::title).orElse(null);
            if (step.ladderVersion() < ladder.latestVersion()) {
                changedSince = VersionChanges.ofLevel(judged, latest, code);
            }
        }
        return new GrowthStep(step.effectiveDate(), step.level(), title, step.kind(), step.ladderVersion(),
                days(step.effectiveDate(), until), changedSince);
    }

    private Optional<LadderView> ladderOf(String level) {
        if (level == null || !level.contains("/")) {
            return Optional.empty();
        }
        return ladders.byCode(level.substring(0, level.indexOf('/'))).filter(l -> l.published() != null);
    }

    /** The next level up on each of the person's tracks; a level shared by several tracks is offered once. */
    private static List<LevelOption> nextLevels(LadderContent ladder, Level level) {
        Map<String, LevelOption> options = new LinkedHashMap<>();
        for (String track : level.tracks()) {
            ladder.levelsOn(track).stream().filter(l -> l.order() > level.order() && !l.retired()).findFirst()
                    .ifPresent(next -> options.merge(next.code(), option(ladder, next, "next on " + trackName(ladder, track)),
                            (a, b) -> new LevelOption(a.level(), a.title(), a.tracks(), a.relation() + " and " + trackName(ladder, track))));
        }
        return List.copyOf(options.values());
    }

    /** Levels on tracks the person is not on: the equivalents of their level, and the next level up on each other track. */
    private static List<LevelOption> crossTrack(LadderContent ladder, Level level) {
        Map<String, LevelOption> options = new LinkedHashMap<>();
        for (String code : ladder.equivalentsOf(level.code())) {
            ladder.level(code).filter(l -> !l.retired())
                    .ifPresent(l -> options.put(code, option(ladder, l, "equivalent on " + trackName(ladder, l.tracks().getFirst()))));
        }
        for (var track : ladder.tracks()) {
            if (!level.tracks().contains(track.code())) {
                ladder.levelsOn(track.code()).stream().filter(l -> l.order() > level.order() && !l.retired()).findFirst()
                        .ifPresent(next -> options.putIfAbsent(next.code(), option(ladder, next, "next on " + track.name())));
            }
        }
        return List.copyOf(options.values());
    }

    private static LevelOption option(LadderContent ladder, Level level, String relation) {
        return new LevelOption(ladder.code() + "/" + level.code(), level.title(), level.tracks(), relation);
    }

    private static String trackName(LadderContent ladder, String track) {
        return ladder.track(track).map(io.cadre.ladder.api.Track::name).orElse(track);
    }

    private static long days(LocalDate from, LocalDate to) {
        return Math.max(0, ChronoUnit.DAYS.between(from, to));
    }
}
