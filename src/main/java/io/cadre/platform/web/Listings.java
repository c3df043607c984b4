package io.cadre.platform.web;

import io.cadre.shared.FieldError;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The rules every list call shares (product.md §7): pages from 0, a bounded page size, and JSON or CSV. */
public final class Listings {

    /** CSV as every list and report answers it. */
    public static final MediaType CSV = MediaType.parseMediaType("text/csv; charset=UTF-8");

    private Listings() {
    }

    /** Adds an error for a page below 0 or a size outside 1..maxSize. */
    public static void checkPage(int page, int size, int maxSize, List<FieldError> errors) {
        if (page < 0) {
            errors.add(new FieldError("page", "must be 0 or more"));
        }
        if (size < 1 || size > maxSize) {
            errors.add(new FieldError("size", "must be between 1 and " + maxSize));
        }
    }

    /** Adds an error for a format other than {@code json} or {@code csv}. */
    public static void checkFormat(String format, List<FieldError> errors) {
        if (!"json".equals(format) && !"csv".equals(format)) {
            errors.add(new FieldError("format", "must be json or csv"));
        }
    }

    /** The answer as JSON, or as CSV written by {@code csv} when the format says so. */
    public static <T> ResponseEntity<?> answer(T found, String format, Function<T, String> csv) {
        if ("csv".equals(format)) {
            return ResponseEntity.ok().contentType(CSV).body(csv.apply(found));
        }
        return ResponseEntity.ok(found);
    }
}
