package org.cxloop.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.cxloop.metrics.score.Change;
import org.junit.jupiter.api.Test;

class KpiTests {

    @Test
    void aSignificantRiseIsGoodUnlessLowerIsBetter() {
        var rise = new Change(40.0, 8.0, true);
        assertThat(kpi(rise, true).tone()).isEqualTo("good");
        assertThat(kpi(rise, true).direction()).isEqualTo("up");
        assertThat(kpi(rise, false).tone()).isEqualTo("bad");
        assertThat(kpi(new Change(40.0, -8.0, true), false).tone()).isEqualTo("good");
    }

    @Test
    void aMoveWithinNoiseOrUntestedStaysNeutral() {
        assertThat(kpi(new Change(40.0, 8.0, false), true).tone()).isEqualTo("neutral");
        assertThat(kpi(new Change(40.0, 8.0, false), true).significance()).isEqualTo("noise");
        assertThat(kpi(new Change(40.0, 8.0, null), true).significance()).isNull();
        assertThat(kpi(new Change(40.0, 8.0, null), true).tone()).isEqualTo("neutral");
    }

    @Test
    void judgesTheDirectionOnTheRoundedChange() {
        var tiny = kpi(new Change(40.0, -0.04, true), true);
        assertThat(tiny.shownDelta()).isEqualTo(0.0);
        assertThat(Double.doubleToRawLongBits(tiny.shownDelta())).isEqualTo(Double.doubleToRawLongBits(0.0));
        assertThat(tiny.direction()).isEqualTo("flat");
        assertThat(tiny.tone()).isEqualTo("neutral");
        assertThat(kpi(null, true).direction()).isNull();
        assertThat(kpi(new Change(null, null, null), true).direction()).isNull();
    }

    @Test
    void roundsValuesAndMarginsToItsDecimals() {
        var nps = new Kpi("nps", 11.111, 57.159, 9, "responses", null, true, 0, false);
        assertThat(nps.shownValue()).isEqualTo(11.0);
        assertThat(nps.shownMargin()).isEqualTo(57.0);
        var csat = new Kpi("csat", 66.666, null, 3, "responses", null, true, 1, true);
        assertThat(csat.shownValue()).isEqualTo(66.7);
        assertThat(csat.shownMargin()).isNull();
    }

    private static Kpi kpi(Change change, boolean higherIsBetter) {
        return new Kpi("test", 50.0, null, 100, "responses", change, higherIsBetter, 1, true);
    }
}
