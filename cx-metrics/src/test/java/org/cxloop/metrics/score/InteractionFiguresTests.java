package org.cxloop.metrics.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class InteractionFiguresTests {

    @Test
    void firstContactResolutionIsTheShareResolvedAtOnce() {
        // 3 of 4 interactions resolved at first contact -> 75
        var fcr = FirstContactResolution.of(3, 4);

        assertThat(fcr.rate()).isEqualTo(75.0);
        assertThat(fcr.resolvedOnFirstContact()).isEqualTo(3);
        assertThat(fcr.interactions()).isEqualTo(4);
    }

    @Test
    void firstContactResolutionWithoutInteractionsIsNull() {
        assertThat(FirstContactResolution.of(0, 0).rate()).isNull();
    }

    @Test
    void resolutionTimeIsTheMeanInHours() {
        // resolved after 1 h and after 2 h 30 min: 3 600 + 9 000 = 12 600 s over 2 -> 1.75 h
        var time = ResolutionTime.of(12_600, 2);

        assertThat(time.averageHours()).isEqualTo(1.75);
        assertThat(time.resolved()).isEqualTo(2);
    }

    @Test
    void resolutionTimeWithNothingResolvedIsNull() {
        var time = ResolutionTime.of(0, 0);

        assertThat(time.averageHours()).isNull();
        assertThat(time.resolved()).isZero();
    }

    @Test
    void resolutionTimeRefusesNegativeDurations() {
        assertThatIllegalArgumentException().isThrownBy(() -> ResolutionTime.of(-1, 1));
    }
}
