package org.cxloop.core.touchpoint;

import org.cxloop.core.Channel;

/** A read-only picture of a touchpoint with the stage it sits on. */
public record TouchpointView(
        long id, String code, String name, Channel channel, String stageCode, String stageName, int stagePosition) {
}
