package io.cadre.ladder.format;

import io.cadre.shared.FieldError;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectMapper;

/**
 * Where each value of a ladder file sits, by path, so that a problem found in the content can be reported at
 * its line. {@code toSource} turns a content path ({@code levels[2].title}) into the file's own path.
 */
final class SourceLines {

    private final Map<String, Integer> lines;
    private final UnaryOperator<String> toSource;

    private SourceLines(Map<String, Integer> lines, UnaryOperator<String> toSource) {
        this.lines = lines;
        this.toSource = toSource;
    }

    static SourceLines of(ObjectMapper mapper, String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = mapper.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                lines.putIfAbsent(parser.streamReadContext().pathAsPointer().toString(), parser.currentTokenLocation().getLineNr());
            }
        }
        return new SourceLines(lines, UnaryOperator.identity());
    }

    SourceLines withSourcePaths(UnaryOperator<String> toSource) {
        return new SourceLines(lines, toSource);
    }

    /** The problems with the line of each in front of its message, and the field named as in the file. */
    List<FieldError> locate(List<FieldError> problems) {
        return problems.stream().map(this::locate).toList();
    }

    private FieldError locate(FieldError problem) {
        String field = toSource.apply(problem.field());
        Integer line = lineOf(field);
        return new FieldError(field, line == null ? problem.message() : "line " + line + ": " + problem.message());
    }

    /** The line of the path, or of the nearest enclosing value the file has. */
    Integer lineOf(String path) {
        String pointer = pointer(path);
        while (true) {
            Integer line = lines.get(pointer);
            if (line != null || pointer.isEmpty()) {
                return line;
            }
            pointer = pointer.substring(0, pointer.lastIndexOf('/'));
        }
    }

    private static String pointer(String path) {
        if (path == null || path.isEmpty()) {
            return "";
        }
        return "/" + path.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
    }
}
