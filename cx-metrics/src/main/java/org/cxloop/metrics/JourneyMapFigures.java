package org.cxloop.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cxloop.journey.map.JourneyMap;
import org.cxloop.metrics.score.ExpectationGap;
import org.cxloop.metrics.score.MeanCsat;

/**
 * The live figures of one journey map version over a period: per stage column (the sum of the answers of the cards
 * on it, whichever core stage a touchpoint belongs to) and per touchpoint card, with the card's expectation gap.
 */
public record JourneyMapFigures(Period period, List<StageFigures> stages) {

    public record StageFigures(String code, String name, CardScores scores, List<TouchpointFigures> touchpoints) {
    }

    public record TouchpointFigures(String code, String name, CardScores scores, ExpectationGap gap) {
    }

    static JourneyMapFigures of(JourneyMap map, Period period, Map<String, SurveyTally> byTouchpoint) {
        var stages = map.stages().stream().map(stage -> {
            var column = SurveyTally.NONE;
            var cards = new ArrayList<TouchpointFigures>();
            for (var card : stage.touchpoints()) {
                var tally = byTouchpoint.getOrDefault(card.code(), SurveyTally.NONE);
                column = column.plus(tally);
                var scores = tally.scores();
                cards.add(new TouchpointFigures(card.code(), card.name(), scores,
                        ExpectationGap.of(scores.meanCsat(), card.expectedCsat())));
            }
            return new StageFigures(stage.code(), stage.name(), column.scores(), List.copyOf(cards));
        }).toList();
        return new JourneyMapFigures(period, stages);
    }

    public Optional<StageFigures> stage(String code) {
        return stages.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public Optional<TouchpointFigures> touchpoint(String code) {
        return stages.stream().flatMap(s -> s.touchpoints().stream()).filter(t -> t.code().equals(code)).findFirst();
    }

    /** Average satisfaction (mean CSAT) per stage column, in the map's order: what the emotion curve draws. */
    public List<MeanCsat> emotionCurve() {
        return stages.stream().map(s -> s.scores().meanCsat()).toList();
    }

    /** Whether any card on the map has an answer in the period. */
    public boolean hasData() {
        return stages.stream().anyMatch(s -> s.scores().hasData());
    }
}
