package org.cxloop.web.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.cxloop.core.Channel;
import org.cxloop.core.stage.StageView;
import org.cxloop.core.touchpoint.TouchpointView;
import org.cxloop.journey.map.JourneySummary;

/** What the filter bar offers to choose from. */
public record FilterOptions(List<StageView> stages, List<TouchpointView> touchpoints, List<Channel> channels,
        List<String> segments, List<PeriodPreset> presets, List<JourneySummary> journeys) {

    /** The stages the chosen journey's touchpoints belong to (every stage without a journey), and the chosen one. */
    public List<StageView> stagesFor(DashboardFilter.Selection selection) {
        var journey = selection.metrics().journeyTouchpoints();
        if (journey == null) {
            return stages;
        }
        var inJourney = touchpoints.stream().filter(t -> journey.contains(t.code())).map(TouchpointView::stageCode)
                .collect(Collectors.toSet());
        return stages.stream()
                .filter(s -> inJourney.contains(s.code()) || s.code().equals(selection.metrics().stage())).toList();
    }

    /** The touchpoints of the chosen journey and stage (all of them without either), and the chosen one. */
    public List<TouchpointView> touchpointsFor(DashboardFilter.Selection selection) {
        var chosen = selection.metrics();
        return touchpoints.stream()
                .filter(t -> t.code().equals(chosen.touchpoint())
                        || (chosen.journeyTouchpoints() == null || chosen.journeyTouchpoints().contains(t.code()))
                        && (chosen.stage() == null || chosen.stage().equals(t.stageCode())))
                .toList();
    }

    /** {@link #touchpointsFor} grouped by stage, in stage order: the touchpoint choices as the filter bar offers them. */
    public List<TouchpointGroup> touchpointGroupsFor(DashboardFilter.Selection selection) {
        var groups = new LinkedHashMap<String, TouchpointGroup>();
        touchpointsFor(selection).stream()
                .sorted(Comparator.comparingInt(TouchpointView::stagePosition).thenComparing(TouchpointView::stageCode))
                .forEach(t -> groups.computeIfAbsent(t.stageCode(), code -> new TouchpointGroup(code, t.stageName(),
                        new ArrayList<>())).touchpoints().add(t));
        return List.copyOf(groups.values());
    }

    /** The touchpoints of one stage. */
    public record TouchpointGroup(String stageCode, String stageName, List<TouchpointView> touchpoints) {
    }
}
