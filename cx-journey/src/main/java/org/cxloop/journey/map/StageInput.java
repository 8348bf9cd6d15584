package org.cxloop.journey.map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A stage to place on a map. code names the core stage: an existing one is reused, a new one is created; when
 * code is blank it is made from the name ("Loyalty & advocacy" becomes loyalty-advocacy).
 */
public record StageInput(
        @Size(max = 50, message = "{code.format}") String code,
        @NotBlank(message = "{stage.name.required}") @Size(max = 100, message = "{stage.name.size}") String name) {
}
