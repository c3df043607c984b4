package io.cadre.imports.api;

import java.util.UUID;

/** Ask how an import is going. */
public record GetImport(UUID importId) {
}
