package org.cxloop.journey.map;

import java.util.List;

/**
 * A stage as a column of one map version, with its touchpoint cards in order; code names the core stage. An archived
 * stage has left the active map but stays in the version, readable and restorable.
 */
public record StageCard(long id, String code, String name, int position, List<TouchpointCard> touchpoints,
        boolean archived) {
}
