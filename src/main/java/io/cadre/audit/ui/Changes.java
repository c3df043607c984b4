package io.cadre.audit.ui;

import io.cadre.audit.api.AuditEntry;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** A change's fields as one line: {@code team: Checkout → Payments; manager: — → Bob}, ids left out where a name says it. */
final class Changes {

    private Changes() {
    }

    static String beforeAfter(AuditEntry entry) {
        Set<String> fields = new LinkedHashSet<>(entry.before().keySet());
        fields.addAll(entry.after().keySet());
        return fields.stream()
                .filter(field -> !(field.endsWith("Id") && fields.contains(field.substring(0, field.length() - 2))))
                // A field a new subject starts without says nothing.
                .filter(field -> entry.before().containsKey(field) || entry.after().get(field) != null)
                .map(field -> field + ": " + (entry.before().containsKey(field) ? text(entry.before().get(field)) + " → " : "")
                        + text(entry.after().get(field)))
                .collect(Collectors.joining("; "));
    }

    private static String text(Object value) {
        return value == null ? "—" : Objects.toString(value);
    }
}
