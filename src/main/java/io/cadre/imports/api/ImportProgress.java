package io.cadre.imports.api;

import java.util.List;
import java.util.UUID;

/** How far an import has come: rows done (failed ones included), rows failed, and every refusal and adjustment. */
public record ImportProgress(UUID id, ImportStatus status, int total, int done, int failed, List<RowMessage> errors,
                             List<RowMessage> adjustments) {
}
