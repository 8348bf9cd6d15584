package org.cxloop.journey.map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cxloop.core.Channel;

/**
 * A touchpoint card as an admin types it. code names the core touchpoint: an existing one is reused, a new one is
 * created on the card's stage; when code is blank it is made from the name.
 */
public record TouchpointInput(
        @Size(max = 50, message = "{code.format}") String code,
        @NotBlank(message = "{touchpoint.name.required}") @Size(max = 150, message = "{touchpoint.name.size}") String name,
        @NotNull(message = "{touchpoint.channel.required}") Channel channel,
        @Size(max = 100, message = "{journey.ownerTeam.size}") String ownerTeam,
        @Size(max = 1000, message = "{journey.expectation.size}") String expectation,
        @Min(value = 1, message = "{journey.expectedCsat.range}") @Max(value = 5, message = "{journey.expectedCsat.range}") Integer expectedCsat,
        boolean momentOfTruth,
        @Size(max = 2000, message = "{journey.painPoints.size}") String painPoints) {
}
