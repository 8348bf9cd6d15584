package org.cxloop.demo;

import java.util.Map;
import java.util.Set;
import org.cxloop.journey.map.JourneyDetails;
import org.cxloop.journey.map.JourneyEditor;
import org.cxloop.journey.map.JourneyMaps;
import org.cxloop.journey.map.StageInput;
import org.cxloop.journey.map.TouchpointInput;
import org.springframework.stereotype.Component;

/**
 * The demo journey drawn as a journey map: the same stages and touchpoints, with owner teams, what customers expect
 * and the moments of truth, so the map page shows live figures and expectation gaps from the first start.
 */
@Component
class DemoJourneyMap {

    static final String NAME = "Customer lifecycle (demo)";

    private static final Map<String, String> OWNERS = Map.of("awareness", "Marketing", "consideration", "Sales",
            "purchase", "E-commerce", "onboarding", "Customer success", "usage", "Product", "support", "Customer care",
            "loyalty", "Customer success");
    private static final Set<String> MOMENTS_OF_TRUTH = Set.of("checkout-web", "onboarding-call", "support-phone", "renewal");

    private final JourneyMaps journeys;
    private final JourneyEditor editor;

    DemoJourneyMap(JourneyMaps journeys, JourneyEditor editor) {
        this.journeys = journeys;
        this.editor = editor;
    }

    void draw() {
        var journeyId = journeys.create(new JourneyDetails(NAME, "All customers",
                "How customers find us, buy, start, use the product, get help and stay. Demo data."));
        var versionId = journeys.currentMap(journeyId).version().id();
        for (var stage : DemoJourney.STAGES) {
            var stageCard = editor.addStage(versionId, new StageInput(stage.code(), stage.name()));
            for (var touchpoint : DemoJourney.TOUCHPOINTS) {
                if (!touchpoint.stage().equals(stage.code())) {
                    continue;
                }
                var moment = MOMENTS_OF_TRUTH.contains(touchpoint.code());
                editor.addTouchpoint(versionId, stageCard, new TouchpointInput(touchpoint.code(), touchpoint.name(),
                        touchpoint.channel(), OWNERS.get(stage.code()),
                        moment ? "Gets it done right the first time, without waiting." : "Quick, clear and friendly.",
                        moment ? 5 : 4, moment,
                        touchpoint.mood() < 0 ? "Waiting times and being passed between people." : null));
            }
        }
    }
}
