package io.cadre.platform.web;

import io.cadre.shared.InvalidInput;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Reads If-Match headers and writes the {id, version} answers, with the ETag, that every command returns. */
public final class Versions {

    private Versions() {
    }

    /** The version an If-Match header names, or null when there is none or it is "*". */
    public static Long ifMatch(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw InvalidInput.of("If-Match", "must be a version such as \"3\"");
        }
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    public static ResponseEntity<Map<String, Object>> changed(UUID id, long version) {
        return ResponseEntity.ok().eTag(etag(version)).body(Map.of("id", id, "version", version));
    }

    public static ResponseEntity<Map<String, Object>> created(URI location, UUID id, long version) {
        return ResponseEntity.status(HttpStatus.CREATED).location(location).eTag(etag(version))
                .body(Map.of("id", id, "version", version));
    }
}
