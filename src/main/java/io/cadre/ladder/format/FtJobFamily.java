package io.cadre.ladder.format;

import io.cadre.ladder.api.Area;
import io.cadre.ladder.api.Expectation;
import io.cadre.ladder.api.LadderContent;
import io.cadre.ladder.api.Level;
import io.cadre.ladder.api.Track;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads the Financial Times engineering-progression "job family" format as a ladder. That format has no
 * tracks: a level id ending in {@code -ic} goes on the individual-contributor track, one ending in {@code -pm}
 * on the management track, and every other level on both, so the levels before the fork are shared. Twins
 * with the same stem (senior-2-ic, senior-2-pm) share a rank and are equivalent. Themes become areas and
 * competencies become expectations; legacy examples and supporting links are not carried over.
 */
final class FtJobFamily {

    static final Track IC = new Track("ic", "Individual contributor");
    static final Track MANAGEMENT = new Track("management", "People manager");

    private FtJobFamily() {
    }

    static boolean looksLike(JsonNode root) {
        return root.isObject() && root.has("themes") && root.has("competencies");
    }

    static LadderContent read(JsonNode root, String code) {
        List<JsonNode> levelNodes = list(root, "levels");
        boolean forks = levelNodes.stream().map(n -> text(n, "id")).anyMatch(id -> id != null && (id.endsWith("-ic") || id.endsWith("-pm")));
        Map<String, Integer> ranks = new LinkedHashMap<>();
        Map<String, List<String>> twins = new LinkedHashMap<>();
        List<Level> levels = new ArrayList<>();
        for (JsonNode node : levelNodes) {
            String id = text(node, "id");
            String stem = stem(id);
            int rank = ranks.computeIfAbsent(stem, s -> ranks.size() + 1);
            twins.computeIfAbsent(stem, s -> new ArrayList<>()).add(id);
            levels.add(new Level(id, text(node, "name"), tracksOf(id, forks), rank, null, false));
        }
        List<List<String>> equivalences = twins.values().stream().filter(group -> group.size() > 1).map(List::copyOf).toList();
        List<Area> areas = list(root, "themes").stream()
                .map(n -> new Area(text(n, "id"), text(n, "name"), text(n, "summary"))).toList();
        List<Expectation> expectations = list(root, "competencies").stream()
                .map(n -> new Expectation(text(n, "level"), text(n, "theme"), text(n, "summary"), text(n, "proficiency"))).toList();
        return new LadderContent(code, text(root, "name"), text(root, "summary"), forks ? List.of(IC, MANAGEMENT) : List.of(IC),
                levels, equivalences, areas, expectations);
    }

    /** Where a field of the content comes from in the job-family file. */
    static String sourcePath(String contentPath) {
        return contentPath
                .replaceFirst("^areas", "themes")
                .replaceFirst("^expectations", "competencies")
                .replaceFirst("^(themes\\[\\d+])\\.code$", "$1.id")
                .replaceFirst("^(levels\\[\\d+])\\.code$", "$1.id")
                .replaceFirst("^(levels\\[\\d+])\\.title$", "$1.name")
                .replaceFirst("^(levels\\[\\d+])\\.(tracks|order)$", "$1.id")
                .replaceFirst("^(competencies\\[\\d+])\\.area$", "$1.theme")
                .replaceFirst("^(competencies\\[\\d+])\\.text$", "$1.summary")
                .replaceFirst("^equivalences.*", "levels");
    }

    private static List<String> tracksOf(String id, boolean forks) {
        if (id != null && id.endsWith("-ic")) {
            return List.of(IC.code());
        }
        if (id != null && id.endsWith("-pm")) {
            return List.of(MANAGEMENT.code());
        }
        return forks ? List.of(IC.code(), MANAGEMENT.code()) : List.of(IC.code());
    }

    private static String stem(String id) {
        return id == null ? "" : id.replaceFirst("-(ic|pm)$", "");
    }

    private static List<JsonNode> list(JsonNode node, String field) {
        JsonNode value = node.get(field);
        List<JsonNode> items = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(items::add);
        }
        return items;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString().strip();
    }
}
