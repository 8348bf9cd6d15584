package org.cxloop.metrics.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.cxloop.metrics.score.ExpectationGap.Standing;
import org.junit.jupiter.api.Test;

class ExpectationGapTests {

    @Test
    void meanCsatIsTheAverageOfTheOneToFiveAnswers() {
        // 5 + 4 + 2 = 11 over 3 answers
        var mean = MeanCsat.of(11, 3);

        assertThat(mean.mean()).isCloseTo(11.0 / 3, within(1e-12));
        assertThat(mean.responses()).isEqualTo(3);
    }

    @Test
    void meanCsatWithoutAnswersIsNullWithCountZero() {
        var mean = MeanCsat.of(0, 0);

        assertThat(mean.mean()).isNull();
        assertThat(mean.responses()).isZero();
    }

    @Test
    void meanCsatRefusesSumsNoOneToFiveAnswersCanMake() {
        assertThatIllegalArgumentException().isThrownBy(() -> MeanCsat.of(2, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> MeanCsat.of(16, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> MeanCsat.of(-1, 0));
    }

    @Test
    void perceptionBelowExpectationGivesANegativeGap() {
        // answers 5 4 2 -> mean 11/3 = 3.6667; expected 5 -> 3.6667 - 5 = -1.3333
        var gap = ExpectationGap.of(MeanCsat.of(11, 3), 5);

        assertThat(gap.gap()).isCloseTo(-4.0 / 3, within(1e-12));
        assertThat(gap.perceived()).isCloseTo(11.0 / 3, within(1e-12));
        assertThat(gap.expected()).isEqualTo(5);
        assertThat(gap.responses()).isEqualTo(3);
        assertThat(gap.standing()).isEqualTo(Standing.BELOW);
    }

    @Test
    void perceptionAboveExpectationGivesAPositiveGap() {
        // answers 5 5 4 3 -> mean 17/4 = 4.25; expected 4 -> +0.25
        var gap = ExpectationGap.of(MeanCsat.of(17, 4), 4);

        assertThat(gap.gap()).isEqualTo(0.25);
        assertThat(gap.standing()).isEqualTo(Standing.AT_OR_ABOVE);
    }

    @Test
    void perceptionExactlyAtExpectationCountsAsMet() {
        // answers 4 2 -> mean 3; expected 3 -> 0
        var gap = ExpectationGap.of(MeanCsat.of(6, 2), 3);

        assertThat(gap.gap()).isZero();
        assertThat(gap.standing()).isEqualTo(Standing.AT_OR_ABOVE);
    }

    @Test
    void noAnswersGiveANullGapNotZero() {
        var gap = ExpectationGap.of(MeanCsat.of(0, 0), 4);

        assertThat(gap.gap()).isNull();
        assertThat(gap.perceived()).isNull();
        assertThat(gap.responses()).isZero();
        assertThat(gap.expected()).isEqualTo(4);
        assertThat(gap.standing()).isEqualTo(Standing.NO_DATA);
    }

    @Test
    void noExpectedScoreGivesANullGapButKeepsThePerception() {
        var gap = ExpectationGap.of(MeanCsat.of(9, 2), null);

        assertThat(gap.gap()).isNull();
        assertThat(gap.perceived()).isEqualTo(4.5);
        assertThat(gap.responses()).isEqualTo(2);
        assertThat(gap.standing()).isEqualTo(Standing.NO_DATA);
    }

    @Test
    void refusesAnExpectedScoreOffTheCsatScale() {
        assertThatIllegalArgumentException().isThrownBy(() -> ExpectationGap.of(MeanCsat.of(4, 1), 6));
        assertThatIllegalArgumentException().isThrownBy(() -> ExpectationGap.of(MeanCsat.of(4, 1), 0));
    }
}
