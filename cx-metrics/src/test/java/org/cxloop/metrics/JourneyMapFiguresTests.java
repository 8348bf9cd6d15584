package org.cxloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cxloop.core.Channel;
import org.cxloop.journey.map.JourneyMap;
import org.cxloop.journey.map.JourneySummary;
import org.cxloop.journey.map.StageCard;
import org.cxloop.journey.map.TouchpointCard;
import org.cxloop.journey.map.VersionStatus;
import org.cxloop.journey.map.VersionSummary;
import org.cxloop.metrics.score.ExpectationGap.Standing;
import org.junit.jupiter.api.Test;

/** A stage column adds up the counts of the cards on it; each card gets its gap against its expected score. */
class JourneyMapFiguresTests {

    static final Period PERIOD = new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

    @Test
    void stageColumnsAddUpTheirCardsAndCardsCompareWithTheirExpectation() {
        var map = map(
                stage("buy", card("quote", 4), card("call", 5)),
                stage("claim", card("hotline", null)),
                stage("loyal"));
        // quote: CSAT 5 4 2 (sum 11), NPS 10 and 3; call: CSAT 5 5 (sum 10), CES 6 and 4
        var quote = new SurveyTally(2, 1, 1, 3, 2, 11, 0, 0, 0, 0);
        var call = new SurveyTally(0, 0, 0, 2, 2, 10, 2, 10, 52, 1);
        var hotline = new SurveyTally(1, 0, 1, 0, 0, 0, 0, 0, 0, 0);

        var figures = JourneyMapFigures.of(map, PERIOD, Map.of("quote", quote, "call", call, "hotline", hotline));

        var buy = figures.stage("buy").orElseThrow();
        // CSAT 5 4 2 5 5: mean 21/5 = 4.2, 4 of 5 satisfied = 80 %; NPS 100 × (1 − 1) / 2 = 0; CES (6 + 4) / 2 = 5
        assertThat(buy.scores().meanCsat().mean()).isCloseTo(4.2, within(1e-12));
        assertThat(buy.scores().meanCsat().responses()).isEqualTo(5);
        assertThat(buy.scores().csat().score()).isEqualTo(80.0);
        assertThat(buy.scores().nps().score()).isEqualTo(0.0);
        assertThat(buy.scores().nps().responses()).isEqualTo(2);
        assertThat(buy.scores().ces().average()).isEqualTo(5.0);
        // quote: 11/3 − 4 = −1/3, below; call: 5 − 5 = 0, met
        var quoteGap = figures.touchpoint("quote").orElseThrow().gap();
        assertThat(quoteGap.gap()).isCloseTo(-1.0 / 3, within(1e-12));
        assertThat(quoteGap.standing()).isEqualTo(Standing.BELOW);
        assertThat(figures.touchpoint("call").orElseThrow().gap().gap()).isZero();
        assertThat(figures.touchpoint("call").orElseThrow().gap().standing()).isEqualTo(Standing.AT_OR_ABOVE);
        // hotline: NPS answers only, no CSAT and no expectation -> no gap
        var hotlineFigures = figures.touchpoint("hotline").orElseThrow();
        assertThat(hotlineFigures.scores().nps().score()).isEqualTo(-100.0);
        assertThat(hotlineFigures.gap().gap()).isNull();
        assertThat(hotlineFigures.gap().standing()).isEqualTo(Standing.NO_DATA);
        // the emotion curve: one mean per column, null where a column has no CSAT answer
        assertThat(figures.emotionCurve()).extracting(m -> m.mean()).containsExactly(4.2, null, null);
        assertThat(figures.stage("loyal").orElseThrow().scores().hasData()).isFalse();
        assertThat(figures.hasData()).isTrue();
    }

    @Test
    void aMapWithoutAnswersHasNullFiguresWithCountZero() {
        var figures = JourneyMapFigures.of(map(stage("buy", card("quote", 4))), PERIOD, Map.of());

        var quote = figures.touchpoint("quote").orElseThrow();
        assertThat(quote.scores().csat().score()).isNull();
        assertThat(quote.scores().csat().responses()).isZero();
        assertThat(quote.scores().nps().score()).isNull();
        assertThat(quote.scores().ces().average()).isNull();
        assertThat(quote.gap().gap()).isNull();
        assertThat(figures.emotionCurve()).extracting(m -> m.responses()).containsExactly(0L);
        assertThat(figures.hasData()).isFalse();
    }

    private static JourneyMap map(StageCard... stages) {
        var now = Instant.parse("2026-03-01T00:00:00Z");
        return new JourneyMap(new JourneySummary(1, "Home", "Families", null, false, now, now),
                new VersionSummary(1, 1, 1, null, VersionStatus.AS_IS, now, now), List.of(stages));
    }

    private static StageCard stage(String code, TouchpointCard... cards) {
        return new StageCard(code.length(), code, code, 0, List.of(cards), false);
    }

    private static TouchpointCard card(String code, Integer expected) {
        return new TouchpointCard(code.length(), code, code, Channel.WEB, null, null, expected, false, null, 0, false);
    }
}
