package org.cxloop.journey.map;

import java.util.List;
import java.util.Optional;

/** One version of a journey map in full: stages in order, each with its touchpoint cards in order. */
public record JourneyMap(JourneySummary journey, VersionSummary version, List<StageCard> stages) {

    public int touchpointCount() {
        return stages.stream().mapToInt(s -> s.touchpoints().size()).sum();
    }

    /** The stage a touchpoint card with this code sits on in this version. */
    public Optional<StageCard> stageOf(String touchpointCode) {
        return stages.stream()
                .filter(s -> s.touchpoints().stream().anyMatch(t -> t.code().equals(touchpointCode)))
                .findFirst();
    }
}
