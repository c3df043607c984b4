package io.cadre.planning.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A key result as written: what is measured, in which unit, from which start value to which target. */
public record KeyResultDraft(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 40) String unit,
        @NotNull BigDecimal start,
        @NotNull BigDecimal target) {
}
