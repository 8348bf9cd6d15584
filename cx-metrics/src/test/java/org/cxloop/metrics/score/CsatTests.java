package org.cxloop.metrics.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CsatTests {

    @Test
    void countsFourAndFiveAsSatisfied() {
        // 8 of 10 answers are 4 or 5 -> 80; margin 1.96 × 100 × √(0.8 × 0.2 / 10) = 24.7922568557201
        var csat = Csat.of(8, 10);

        assertThat(csat.score()).isEqualTo(80.0);
        assertThat(csat.satisfied()).isEqualTo(8);
        assertThat(csat.responses()).isEqualTo(10);
        assertThat(csat.marginOfError()).isCloseTo(24.792256855720094, within(1e-9));
    }

    @Test
    void everyoneSatisfiedGivesOneHundredWithNoMargin() {
        var csat = Csat.of(3, 3);

        assertThat(csat.score()).isEqualTo(100.0);
        assertThat(csat.marginOfError()).isEqualTo(0.0);
    }

    @Test
    void noResponsesGiveNullsNotZero() {
        var csat = Csat.of(0, 0);

        assertThat(csat.score()).isNull();
        assertThat(csat.marginOfError()).isNull();
        assertThat(csat.responses()).isZero();
    }

    @Test
    void refusesMoreSatisfiedThanAnswers() {
        assertThatIllegalArgumentException().isThrownBy(() -> Csat.of(4, 3));
    }

    @Test
    void aTenPointRiseOnAHundredAnswersEachIsNotSignificant() {
        // 40/100 -> 50/100: pooled p = 0.45; 1.96 × 100 × √(0.45 × 0.55 × (1/100 + 1/100)) = 13.7898 > 10
        var change = Csat.of(50, 100).changeSince(Csat.of(40, 100));

        assertThat(change.previous()).isEqualTo(40.0);
        assertThat(change.delta()).isEqualTo(10.0);
        assertThat(change.significant()).isFalse();
    }

    @Test
    void aFifteenPointRiseOnAHundredAnswersEachIsSignificant() {
        // 40/100 -> 55/100: pooled p = 0.475; 1.96 × 100 × √(0.475 × 0.525 × 0.02) = 13.8420 < 15
        var change = Csat.of(55, 100).changeSince(Csat.of(40, 100));

        assertThat(change.delta()).isEqualTo(15.0);
        assertThat(change.significant()).isTrue();
    }

    @Test
    void noChangeBetweenTwoUnanimousPeriodsIsNotSignificant() {
        var change = Csat.of(5, 5).changeSince(Csat.of(9, 9));

        assertThat(change.delta()).isEqualTo(0.0);
        assertThat(change.significant()).isFalse();
    }

    @Test
    void aChangeIntoAPeriodWithoutAnswersCannotBeTested() {
        var change = Csat.of(0, 0).changeSince(Csat.of(8, 10));

        assertThat(change.previous()).isEqualTo(80.0);
        assertThat(change.delta()).isNull();
        assertThat(change.significant()).isNull();
    }
}
