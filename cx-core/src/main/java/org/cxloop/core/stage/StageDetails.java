package org.cxloop.core.stage;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The editable part of a journey stage. */
public record StageDetails(
        @NotBlank(message = "{stage.name.required}") @Size(max = 100, message = "{stage.name.size}") String name,
        @NotNull(message = "{stage.position.required}") @Min(value = 0, message = "{stage.position.range}")
        @Max(value = 1000, message = "{stage.position.range}") Integer position) {
}
