package io.cadre.pipeline.api;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** A person named as a successor for someone's role, with how soon they could take it over. */
public record Successor(@NotNull UUID personId, @NotNull Readiness readiness) {
}
