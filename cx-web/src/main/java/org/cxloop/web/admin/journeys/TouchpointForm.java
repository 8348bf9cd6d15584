package org.cxloop.web.admin.journeys;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cxloop.core.Channel;
import org.cxloop.journey.map.TouchpointCard;
import org.cxloop.journey.map.TouchpointInput;

/** A touchpoint card as an admin types it, with the stage it goes on; an unticked moment of truth arrives as null. */
record TouchpointForm(
        @Size(max = 50, message = "{code.format}") String code,
        @NotBlank(message = "{touchpoint.name.required}") @Size(max = 150, message = "{touchpoint.name.size}") String name,
        @NotNull(message = "{touchpoint.channel.required}") Channel channel,
        @NotNull Long stageId,
        @Size(max = 100, message = "{journey.ownerTeam.size}") String ownerTeam,
        @Size(max = 1000, message = "{journey.expectation.size}") String expectation,
        @Min(value = 1, message = "{journey.expectedCsat.range}") @Max(value = 5, message = "{journey.expectedCsat.range}") Integer expectedCsat,
        Boolean momentOfTruth,
        @Size(max = 2000, message = "{journey.painPoints.size}") String painPoints) {

    static TouchpointForm onStage(long stageId) {
        return new TouchpointForm("", "", Channel.WEB, stageId, "", "", null, false, "");
    }

    static TouchpointForm of(TouchpointCard card, long stageId) {
        return new TouchpointForm(card.code(), card.name(), card.channel(), stageId, card.ownerTeam(), card.expectation(),
                card.expectedCsat(), card.momentOfTruth(), card.painPoints());
    }

    TouchpointInput input() {
        return new TouchpointInput(code, name, channel, ownerTeam, expectation, expectedCsat, Boolean.TRUE.equals(momentOfTruth), painPoints);
    }
}
