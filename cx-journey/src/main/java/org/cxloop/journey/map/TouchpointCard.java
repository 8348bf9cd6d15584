package org.cxloop.journey.map;

import org.cxloop.core.Channel;

/**
 * A touchpoint as a card on one map version; code names the core touchpoint that interactions and survey
 * responses refer to. expectedCsat is on the CSAT scale, 1 to 5, or null when nobody has set it. An archived card
 * has left the active map but stays in the version, readable and restorable.
 */
public record TouchpointCard(long id, String code, String name, Channel channel, String ownerTeam,
        String expectation, Integer expectedCsat, boolean momentOfTruth, String painPoints, int position,
        boolean archived) {

    TouchpointInput input() {
        return new TouchpointInput(code, name, channel, ownerTeam, expectation, expectedCsat, momentOfTruth, painPoints);
    }
}
