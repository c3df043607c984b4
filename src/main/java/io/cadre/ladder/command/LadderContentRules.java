package io.cadre.ladder.command;

import io.cadre.ladder.api.Area;
import io.cadre.ladder.api.Expectation;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.Level;
import io.cadre.ladder.api.Proficiency;
import io.cadre.ladder.api.SalaryBand;
import io.cadre.ladder.api.Track;
import io.cadre.shared.FieldError;
import io.cadre.shared.InvalidInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything a ladder's content must satisfy, each problem reported with where it is, so that one answer
 * lists them all. A draft may still lack tracks and levels; a published version may not.
 */
final class LadderContentRules {

    static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_CODE = 60;
    private static final int MAX_NAME = 200;
    private static final int MAX_TEXT = 4000;

    private final List<FieldError> problems = new ArrayList<>();

    private LadderContentRules() {
    }

    /** Refuses content that is incomplete or inconsistent, or that drops a level an earlier version published. */
    static void requireValid(LadderContent content, LadderContent published) {
        List<FieldError> problems = problemsOf(content, published);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    static List<FieldError> problemsOf(LadderContent content, LadderContent published) {
        LadderContentRules rules = new LadderContentRules();
        rules.check(content, published);
        return List.copyOf(rules.problems);
    }

    private void check(LadderContent content, LadderContent published) {
        code("code", content.code());
        text("name", content.name(), MAX_NAME, true);
        text("summary", content.summary(), MAX_TEXT, false);
        Set<String> tracks = checkTracks(content.tracks());
        Set<String> levels = checkLevels(content.levels(), tracks);
        checkEquivalences(content, levels);
        Set<String> areas = checkAreas(content.areas());
        checkExpectations(content.expectations(), levels, areas);
        if (published != null) {
            for (Level kept : published.levels()) {
                if (!levels.contains(kept.code())) {
                    add("levels", "level " + kept.code() + " is published; retire it instead of removing it");
                }
            }
        }
    }

    private Set<String> checkTracks(List<Track> tracks) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < tracks.size(); i++) {
            String at = "tracks[" + i + "]";
            Track track = tracks.get(i);
            if (track == null) {
                add(at, "must not be empty");
                continue;
            }
            if (code(at + ".code", track.code()) && !codes.add(track.code())) {
                add(at + ".code", "track " + track.code() + " is defined twice");
            }
            text(at + ".name", track.name(), MAX_NAME, true);
        }
        return codes;
    }

    private Set<String> checkLevels(List<Level> levels, Set<String> tracks) {
        Set<String> codes = new HashSet<>();
        Map<String, String> orderTaken = new HashMap<>();
        for (int i = 0; i < levels.size(); i++) {
            String at = "levels[" + i + "]";
            Level level = levels.get(i);
            if (level == null) {
                add(at, "must not be empty");
                continue;
            }
            if (code(at + ".code", level.code()) && !codes.add(level.code())) {
                add(at + ".code", "level " + level.code() + " is defined twice");
            }
            text(at + ".title", level.title(), MAX_NAME, true);
            if (level.order() < 1 || level.order() > 1000) {
                add(at + ".order", "must be between 1 and 1000");
            }
            if (level.tracks().isEmpty()) {
                add(at + ".tracks", "must name at least one track");
            }
            for (String track : level.tracks()) {
                if (!tracks.contains(track)) {
                    add(at + ".tracks", "no track " + track);
                } else {
                    String other = orderTaken.putIfAbsent(track + "#" + level.order(), level.code());
                    if (other != null) {
                        add(at + ".order", "level " + other + " already has order " + level.order() + " on track " + track);
                    }
                }
            }
            salaryBand(at + ".salaryBand", level.salaryBand());
        }
        return codes;
    }

    private void checkEquivalences(LadderContent content, Set<String> levels) {
        for (int i = 0; i < content.equivalences().size(); i++) {
            String at = "equivalences[" + i + "]";
            List<String> group = content.equivalences().get(i);
            if (group.size() < 2 || new HashSet<>(group).size() != group.size()) {
                add(at, "must name at least two different levels");
                continue;
            }
            Set<String> tracksSeen = new HashSet<>();
            for (String code : group) {
                if (!levels.contains(code)) {
                    add(at, "no level " + code);
                } else if (!content.level(code).map(l -> l.tracks().stream().allMatch(tracksSeen::add)).orElse(true)) {
                    add(at, "levels on the same track cannot be equivalent (" + code + ")");
                }
            }
        }
    }

    private Set<String> checkAreas(List<Area> areas) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < areas.size(); i++) {
            String at = "areas[" + i + "]";
            Area area = areas.get(i);
            if (area == null) {
                add(at, "must not be empty");
                continue;
            }
            if (code(at + ".code", area.code()) && !codes.add(area.code())) {
                add(at + ".code", "area " + area.code() + " is defined twice");
            }
            text(at + ".name", area.name(), MAX_NAME, true);
            text(at + ".summary", area.summary(), MAX_TEXT, false);
        }
        return codes;
    }

    private void checkExpectations(List<Expectation> expectations, Set<String> levels, Set<String> areas) {
        for (int i = 0; i < expectations.size(); i++) {
            String at = "expectations[" + i + "]";
            Expectation expectation = expectations.get(i);
            if (expectation == null) {
                add(at, "must not be empty");
                continue;
            }
            if (expectation.level() == null || !levels.contains(expectation.level())) {
                add(at + ".level", "no level " + expectation.level());
            }
            if (expectation.area() == null || !areas.contains(expectation.area())) {
                add(at + ".area", "no area " + expectation.area());
            }
            text(at + ".text", expectation.text(), MAX_TEXT, true);
            if (expectation.proficiency() != null && Proficiency.fromLabel(expectation.proficiency()).isEmpty()) {
                add(at + ".proficiency", "must be one of Awareness, Foundational, Working knowledge, Practitioner, Expert");
            }
        }
    }

    private void salaryBand(String at, SalaryBand band) {
        if (band == null) {
            return;
        }
        if (band.min() == null || band.max() == null || band.min().signum() < 0 || band.max().compareTo(band.min()) < 0) {
            add(at, "needs a min and a max with 0 <= min <= max");
        }
        if (band.currency() == null || !band.currency().matches("[A-Z]{3}")) {
            add(at + ".currency", "must be an ISO 4217 code such as EUR");
        }
        if (band.max() != null && band.max().compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0) {
            add(at + ".max", "is implausibly large");
        }
    }

    private boolean code(String at, String code) {
        if (code == null || code.isBlank()) {
            add(at, "must not be blank");
            return false;
        }
        if (code.length() > MAX_CODE || !CODE.matcher(code).matches()) {
            add(at, "must be at most " + MAX_CODE + " lowercase letters, digits and single dashes, such as senior-2");
            return false;
        }
        return true;
    }

    private void text(String at, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(at, "must not be blank");
            }
        } else if (value.length() > max) {
            add(at, "must be at most " + max + " characters");
        } else if (value.indexOf('\u0000') >= 0) {
            add(at, "must not contain the NUL character");
        }
    }

    private void add(String at, String message) {
        problems.add(new FieldError(at, message));
    }
}
