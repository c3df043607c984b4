package io.cadre.org.web;

import io.cadre.org.api.ChartPerson;
import io.cadre.org.api.ChartTeam;
import io.cadre.org.api.OrgChart;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * The org chart's people as one hierarchy by manager, in the formats other tools read. A manager
 * outside the exported part of the organisation leaves their report at the top. The REST export and the
 * org chart view's downloads both use it.
 */
public enum ChartExport {
    JSON("application/json", "json") {
        @Override
        String render(List<Row> rows) {
            List<Map<String, Object>> out = rows.stream().map(Row::asMap).toList();
            return MAPPER.writeValueAsString(out);
        }
    },
    CSV("text/csv", "csv") {
        @Override
        String render(List<Row> rows) {
            StringBuilder csv = new StringBuilder("id,parentId,name,title,teamId,teamName,level\r\n");
            for (Row row : rows) {
                csv.append(row.asMap().values().stream().map(v -> csvField(v == null ? "" : v.toString()))
                        .collect(Collectors.joining(","))).append("\r\n");
            }
            return csv.toString();
        }
    },
    DOT("text/vnd.graphviz", "dot") {
        @Override
        String render(List<Row> rows) {
            StringBuilder dot = new StringBuilder("digraph org {\n  node [shape=box];\n");
            for (Row row : rows) {
                dot.append("  \"").append(row.id).append("\" [label=\"").append(dotText(row.name)).append("\\n")
                        .append(dotText(row.title)).append("\"];\n");
            }
            for (Row row : rows) {
                if (row.parentId != null) {
                    dot.append("  \"").append(row.parentId).append("\" -> \"").append(row.id).append("\";\n");
                }
            }
            return dot.append("}\n").toString();
        }
    },
    MERMAID("text/plain", "mmd") {
        @Override
        String render(List<Row> rows) {
            Map<UUID, String> nodes = new HashMap<>();
            rows.forEach(r -> nodes.put(r.id, "p" + nodes.size()));
            StringBuilder chart = new StringBuilder("flowchart TD\n");
            for (Row row : rows) {
                chart.append("  ").append(nodes.get(row.id)).append("[\"").append(mermaidText(row.name)).append("<br/>")
                        .append(mermaidText(row.title)).append("\"]\n");
            }
            for (Row row : rows) {
                if (row.parentId != null) {
                    chart.append("  ").append(nodes.get(row.parentId)).append(" --> ").append(nodes.get(row.id)).append('\n');
                }
            }
            return chart.toString();
        }
    };

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final String mediaType;
    private final String extension;

    ChartExport(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public static Optional<ChartExport> named(String format) {
        for (ChartExport export : values()) {
            if (export.name().equalsIgnoreCase(format == null ? "" : format.strip())) {
                return Optional.of(export);
            }
        }
        return Optional.empty();
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public String render(OrgChart chart) {
        Map<UUID, String> teamNames = chart.teams().stream().collect(Collectors.toMap(ChartTeam::id, ChartTeam::name));
        Map<UUID, ChartPerson> people = chart.people().stream().collect(Collectors.toMap(ChartPerson::id, Function.identity()));
        List<Row> rows = new ArrayList<>();
        for (ChartPerson p : chart.people()) {
            UUID parent = p.managerId() != null && people.containsKey(p.managerId()) ? p.managerId() : null;
            rows.add(new Row(p.id(), parent, p.name(), p.title(), p.teamId(), teamNames.get(p.teamId()), p.level()));
        }
        return render(rows);
    }

    abstract String render(List<Row> rows);

    private static String csvField(String value) {
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String dotText(String value) {
        return value == null ? "" : value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ");
    }

    private static String mermaidText(String value) {
        return value == null ? "" : value.replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;")
                .replace("\n", " ");
    }

    /** One person in the export, with their manager as the parent. */
    record Row(UUID id, UUID parentId, String name, String title, UUID teamId, String teamName, String level) {

        Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("id", id);
            map.put("parentId", parentId);
            map.put("name", name);
            map.put("title", title);
            map.put("teamId", teamId);
            map.put("teamName", teamName);
            map.put("level", level);
            return map;
        }
    }
}
