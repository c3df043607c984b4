package io.cadre.pipeline.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a nominee has shown in one competency area of the target level (the area's code). */
public record Evidence(@NotBlank @Size(max = 200) String area, @NotBlank @Size(max = 2000) String text) {
}
