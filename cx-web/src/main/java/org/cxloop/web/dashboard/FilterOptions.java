package org.cxloop.web.dashboard;

import java.util.List;
import org.cxloop.core.Channel;
import org.cxloop.core.stage.StageView;
import org.cxloop.core.touchpoint.TouchpointView;
import org.cxloop.journey.map.JourneySummary;

/** What the filter bar offers to choose from. */
public record FilterOptions(List<StageView> stages, List<TouchpointView> touchpoints, List<Channel> channels,
        List<String> segments, List<PeriodPreset> presets, List<JourneySummary> journeys) {
}
