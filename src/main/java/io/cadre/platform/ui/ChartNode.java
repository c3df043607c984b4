package io.cadre.platform.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * One box of an {@link OrgChartDiagram}: a person (or an open position, drawn dashed) under their manager, or a team
 * under its parent; {@link #chart} writes the JSON the diagram draws.
 *
 * @param placeholder whether the box stands for an open or planned position rather than someone
 */
public record ChartNode(UUID id, UUID parentId, String name, String title, String level, UUID teamId, String teamName,
                        boolean placeholder) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The chart's JSON: {@code kind} is {@code people} or {@code teams}; {@code editable} lets boxes be dragged. */
    public static String chart(String kind, boolean editable, List<ChartNode> nodes) {
        return JSON.writeValueAsString(Map.of("kind", kind, "editable", editable, "nodes", nodes.stream().map(ChartNode::json).toList()));
    }

    /** The JSON of marks by id ({@code joined}, {@code formed} or {@code moved}) for {@link OrgChartDiagram#highlight}. */
    public static String marks(Map<UUID, String> marks) {
        Map<String, String> byId = new LinkedHashMap<>();
        marks.forEach((id, mark) -> byId.put(id.toString(), mark));
        return JSON.writeValueAsString(byId);
    }

    /** The initials a box shows: the first letters of the first and last words of the name. */
    public static String initials(String name) {
        String[] words = name == null ? new String[0] : name.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return "?";
        }
        String first = words[0].substring(0, 1);
        String last = words.length > 1 ? words[words.length - 1].substring(0, 1) : "";
        return (first + last).toUpperCase(Locale.ROOT);
    }

    private Map<String, Object> json() {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", id.toString());
        if (parentId != null) {
            node.put("parentId", parentId.toString());
        }
        node.put("name", name);
        node.put("initials", placeholder ? "" : initials(name));
        node.put("title", title);
        if (level != null) {
            node.put("level", level);
        }
        if (teamId != null) {
            node.put("teamId", teamId.toString());
        }
        if (teamName != null) {
            node.put("teamName", teamName);
        }
        if (placeholder) {
            node.put("placeholder", true);
        }
        return node;
    }
}
