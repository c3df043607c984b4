package io.cadre.ladder.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cadre.ladder.api.LadderContent;
import io.cadre.shared.FieldError;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.TextRule;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Cadre's ladder file format, in YAML or JSON, documented in the README: the ladder's content as it is
 * stored, headed by {@code format: cadre-ladder/1}. Reading also accepts the Financial Times job-family
 * format. Every problem is reported with its path and line, and nothing is half read.
 */
public final class LadderFormat {

    public static final String FORMAT = "cadre-ladder/1";

    /** How a ladder file is written. */
    public enum Syntax {
        YAML("application/yaml", "yaml"), JSON("application/json", "json");

        private final String mediaType;
        private final String extension;

        Syntax(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }
    }

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES, YAMLWriteFeature.LITERAL_BLOCK_STYLE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_DEFAULT))
            .build();
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_DEFAULT))
            .build();

    private LadderFormat() {
    }

    /**
     * Reads a ladder file. {@code code} names the ladder when the file does not (a job-family file), and may
     * be null to take it from the file or its name.
     *
     * @throws InvalidInput listing every problem found, each with its path and line
     */
    public static ReadLadder read(String text, String code) {
        if (text == null || text.isBlank()) {
            throw InvalidInput.of("file", "is empty");
        }
        ObjectMapper mapper = text.stripLeading().startsWith("{") ? JSON : YAML;
        JsonNode root;
        SourceLines lines;
        try {
            root = mapper.readTree(text);
            lines = SourceLines.of(mapper, text);
        } catch (JacksonException e) {
            throw InvalidInput.of("file", at(e.getLocation()) + "not valid " + (mapper == JSON ? "JSON" : "YAML") + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw InvalidInput.of("file", "must hold one ladder, written as a mapping of its fields");
        }
        List<FieldError> badText = new ArrayList<>();
        checkText(root, "", badText);
        if (!badText.isEmpty()) {
            throw new InvalidInput(lines.locate(badText));
        }
        if (FtJobFamily.looksLike(root)) {
            String named = code != null ? code : slug(text(root, "name"));
            return new ReadLadder(FtJobFamily.read(root, named), "job-family", lines.withSourcePaths(FtJobFamily::sourcePath));
        }
        ObjectNode fields = (ObjectNode) root;
        JsonNode format = fields.remove("format");
        if (format != null && !FORMAT.equals(format.asString())) {
            throw InvalidInput.of("format", "line " + lines.lineOf("format") + ": must be " + FORMAT + " or left out");
        }
        if (code != null && !fields.has("code")) {
            fields.put("code", code);
        }
        try {
            return new ReadLadder(mapper.treeToValue(fields, LadderContent.class), "cadre", lines);
        } catch (DatabindException e) {
            String path = e.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? "." + r.getPropertyName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining()).replaceFirst("^\\.", "");
            throw new InvalidInput(lines.locate(List.of(new FieldError(path.isEmpty() ? "file" : path, e.getOriginalMessage()))));
        }
    }

    /** Writes a ladder's content as a file that reads back to the same content. */
    public static String write(LadderContent content, Syntax syntax) {
        ObjectMapper mapper = syntax == Syntax.YAML ? YAML : JSON;
        ObjectNode document = mapper.createObjectNode();
        document.put("format", FORMAT);
        document.setAll((ObjectNode) mapper.valueToTree(content));
        return mapper.writeValueAsString(document);
    }

    /** Every name and text of the file must keep Cadre's {@link TextRule}; a multi-line field may hold line breaks. */
    private static void checkText(JsonNode node, String path, List<FieldError> errors) {
        if (node.isString()) {
            TextRule.check(path.isEmpty() ? "file" : path, node.asString(), errors);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkText(node.get(i), path + "[" + i + "]", errors);
            }
        } else if (node.isObject()) {
            for (var property : node.properties()) {
                String field = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
                String problem = TextRule.problem(property.getKey(), false);
                if (problem != null) {
                    errors.add(new FieldError(field, "the name of this field " + problem));
                } else {
                    checkText(property.getValue(), field, errors);
                }
            }
        }
    }

    static String slug(String name) {
        String slug = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? null : slug;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null ? null : value.asString();
    }

    private static String at(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }
}
