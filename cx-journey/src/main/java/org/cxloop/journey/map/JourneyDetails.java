package org.cxloop.journey.map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The editable facts of a journey: its name, the persona or segment it maps, and what it is about. */
public record JourneyDetails(
        @NotBlank(message = "{journey.name.required}") @Size(max = 150, message = "{journey.name.size}") String name,
        @NotBlank(message = "{journey.persona.required}") @Size(max = 150, message = "{journey.persona.size}") String persona,
        @Size(max = 2000, message = "{journey.description.size}") String description) {
}
