package io.cadre.ladder.api;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a ladder says: its tracks, levels, groups of equivalent levels across tracks, competency areas
 * and per-level expectations. A draft and every published version are one of these.
 */
public record LadderContent(String code, String name, String summary, List<Track> tracks, List<Level> levels,
                            List<List<String>> equivalences, List<Area> areas, List<Expectation> expectations) {

    public LadderContent {
        tracks = tracks == null ? List.of() : List.copyOf(tracks);
        levels = levels == null ? List.of() : List.copyOf(levels);
        equivalences = equivalences == null ? List.of() : equivalences.stream().map(g -> g == null ? List.<String>of() : List.copyOf(g)).toList();
        areas = areas == null ? List.of() : List.copyOf(areas);
        expectations = expectations == null ? List.of() : List.copyOf(expectations);
    }

    public Optional<Level> level(String levelCode) {
        return levels.stream().filter(l -> l != null && Objects.equals(l.code(), levelCode)).findFirst();
    }

    public Optional<Track> track(String trackCode) {
        return tracks.stream().filter(t -> t != null && Objects.equals(t.code(), trackCode)).findFirst();
    }

    public Optional<Area> area(String areaCode) {
        return areas.stream().filter(a -> a != null && Objects.equals(a.code(), areaCode)).findFirst();
    }

    /** The levels of a track from the most junior up. */
    public List<Level> levelsOn(String trackCode) {
        return levels.stream().filter(l -> l.tracks().contains(trackCode)).sorted(Comparator.comparingInt(Level::order)).toList();
    }

    public List<Expectation> expectationsOf(String levelCode, String areaCode) {
        return expectations.stream().filter(e -> e != null && Objects.equals(e.level(), levelCode) && Objects.equals(e.area(), areaCode))
                .toList();
    }

    /** The levels said to be equivalent to this one on other tracks. */
    public List<String> equivalentsOf(String levelCode) {
        return equivalences.stream().filter(g -> g.contains(levelCode)).flatMap(List::stream)
                .filter(code -> !code.equals(levelCode)).distinct().toList();
    }

    /** The same content with every salary band left out, for readers who may not see pay. */
    public LadderContent withoutSalaryBands() {
        return new LadderContent(code, name, summary, tracks, levels.stream().map(l -> l == null ? null : l.withoutSalaryBand()).toList(),
                equivalences, areas, expectations);
    }

    /** This content with the salary bands of {@code source} kept on the levels both have, for editors who cannot see pay. */
    public LadderContent withSalaryBandsOf(LadderContent source) {
        return new LadderContent(code, name, summary, tracks, levels.stream()
                .map(l -> l == null ? null : l.withSalaryBand(source.level(l.code()).map(Level::salaryBand).orElse(null))).toList(),
                equivalences, areas, expectations);
    }
}
