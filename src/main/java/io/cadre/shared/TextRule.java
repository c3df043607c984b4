package io.cadre.shared;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one rule for text that Cadre takes in, wherever it comes from (a JSON body, a query parameter, a cell of
 * an imported file, a command): it must be valid Unicode, so no lone UTF-16 surrogate, and hold no control
 * character, except tab, line feed and carriage return in the fields written as paragraphs (reasons,
 * missions, summaries, descriptions and expectation texts). Such text cannot be stored by PostgreSQL, breaks
 * the projections that read it back, or makes no sense in a name, a title, an email or a code.
 */
public final class TextRule {

    private static final Set<String> MULTI_LINE_FIELDS = Set.of("reason", "mission", "summary", "description", "text");

    private TextRule() {
    }

    /** Whether a field (or the last part of a path such as {@code areas[2].summary}) may hold several lines. */
    public static boolean multiLine(String field) {
        if (field == null) {
            return false;
        }
        String last = field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[\\d*]$", "");
        return MULTI_LINE_FIELDS.contains(last);
    }

    /** What is wrong with this text in this field, or null when Cadre may take it. */
    public static String problem(String field, String text) {
        return problem(text, multiLine(field));
    }

    /** What is wrong with this text, or null when Cadre may take it; {@code multiLine} allows tab and line breaks. */
    public static String problem(String text, boolean multiLine) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "is not valid Unicode: a lone surrogate " + code(c) + " at character " + (i + 1);
            } else if (c == '\u0000') {
                return "must not contain the NUL character (at character " + (i + 1) + ")";
            } else if (c == '\t' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                if (!multiLine) {
                    return "must be a single line: no tab or line break (" + code(c) + " at character " + (i + 1) + ")";
                }
            } else if (Character.getType(c) == Character.CONTROL || c == '\uFFFE' || c == '\uFFFF') {
                return "must not contain the control character " + code(c) + " (at character " + (i + 1) + ")";
            }
        }
        return null;
    }

    /** Adds to {@code errors} what is wrong with this text in this field, if anything. */
    public static void check(String field, String text, List<FieldError> errors) {
        String problem = problem(field, text);
        if (problem != null) {
            errors.add(new FieldError(field, problem));
        }
    }

    /**
     * Refuses text that breaks the rule.
     *
     * @throws InvalidInput naming the field
     */
    public static String require(String field, String text) {
        String problem = problem(field, text);
        if (problem != null) {
            throw InvalidInput.of(field, problem);
        }
        return text;
    }

    private static String code(char c) {
        return "U+" + String.format(Locale.ROOT, "%04X", (int) c);
    }
}
