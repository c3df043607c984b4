package io.cadre.platform.web;

import io.cadre.shared.FieldError;
import java.util.Arrays;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Says which field of an unreadable request body is wrong, and how, in words a client can act on. */
final class BodyErrors {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"");

    private BodyErrors() {
    }

    static FieldError of(Throwable cause) {
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            return new FieldError(pathOf(databind), messageOf(databind));
        }
        if (cause instanceof JacksonException jackson) {
            Matcher duplicate = DUPLICATE.matcher(Objects.toString(jackson.getOriginalMessage(), ""));
            if (duplicate.find()) {
                return new FieldError(duplicate.group(1), "is given more than once");
            }
            return new FieldError("body", "malformed JSON: " + jackson.getOriginalMessage());
        }
        return new FieldError("body", "the request body is not valid JSON of the expected shape");
    }

    private static String messageOf(DatabindException e) {
        if (e instanceof StrictJson.Refused) {
            return e.getOriginalMessage();
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).collect(Collectors.toCollection(TreeSet::new)).toString();
            return "is not a field of this request" + (known.isEmpty() ? "" : "; it takes " + known);
        }
        String original = Objects.toString(e.getOriginalMessage(), "");
        if (original.startsWith("Missing required creator property")) {
            return "is required; send null explicitly for none";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> type = mismatch.getTargetType();
            if (type.isEnum()) {
                return "must be one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
            }
            if (type == UUID.class) {
                return "must be an id (a UUID)";
            }
            if (type == String.class) {
                return "must be text";
            }
            if (type == java.time.LocalDate.class) {
                return StrictJson.DATE_MESSAGE;
            }
            if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
                return type == boolean.class || type == Boolean.class ? "must be true or false" : "must be a number";
            }
            if (java.util.Collection.class.isAssignableFrom(type)) {
                return "must be a list";
            }
        }
        return "invalid value";
    }

    private static String pathOf(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
