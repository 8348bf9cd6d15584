package org.cxloop.web.admin.journeys;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.cxloop.journey.map.JourneyDetails;
import org.cxloop.journey.map.JourneySummary;

/** A journey's name, persona and description as an admin types them. */
record JourneyForm(
        @NotBlank(message = "{journey.name.required}") @Size(max = 150, message = "{journey.name.size}") String name,
        @NotBlank(message = "{journey.persona.required}") @Size(max = 150, message = "{journey.persona.size}") String persona,
        @Size(max = 2000, message = "{journey.description.size}") String description) {

    static JourneyForm empty() {
        return new JourneyForm("", "", "");
    }

    static JourneyForm of(JourneySummary journey) {
        return new JourneyForm(journey.name(), journey.persona(), journey.description());
    }

    JourneyDetails details() {
        return new JourneyDetails(name, persona, description);
    }
}
