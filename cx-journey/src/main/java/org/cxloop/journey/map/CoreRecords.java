package org.cxloop.journey.map;

import org.cxloop.core.Channel;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.stage.StageDetails;
import org.cxloop.core.touchpoint.TouchpointDetails;
import org.cxloop.core.touchpoint.Touchpoints;
import org.springframework.stereotype.Component;

/**
 * Makes sure the core knows the stages and touchpoints a map places, so interactions and survey responses can refer
 * to them. An existing core record is reused as it is: other maps may share it.
 */
@Component
class CoreRecords {

    /** Core stage positions are spread out so stages of several journeys can sit between each other. */
    private static final int POSITION_STEP = 10;

    private final JourneyStages stages;
    private final Touchpoints touchpoints;

    CoreRecords(JourneyStages stages, Touchpoints touchpoints) {
        this.stages = stages;
        this.touchpoints = touchpoints;
    }

    void ensureStage(String code, String name, int columnIndex) {
        if (stages.find(code).isEmpty()) {
            stages.save(code, new StageDetails(name, Math.min(1000, columnIndex * POSITION_STEP)));
        }
    }

    void ensureTouchpoint(String code, String name, Channel channel, String stageCode) {
        if (touchpoints.find(code).isEmpty()) {
            touchpoints.save(code, new TouchpointDetails(name, channel, stageCode));
        }
    }

    long historyCount(String touchpointCode) {
        return touchpoints.historyCount(touchpointCode);
    }
}
