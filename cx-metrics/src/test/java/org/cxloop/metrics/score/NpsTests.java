package org.cxloop.metrics.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NpsTests {

    @Test
    void subtractsTheDetractorShareFromThePromoterShare() {
        // 10 answers: 5 promoters, 3 passives, 2 detractors -> 100 × (5 − 2) / 10 = 30
        var nps = Nps.of(5, 2, 10);

        assertThat(nps.score()).isEqualTo(30.0);
        assertThat(nps.promoters()).isEqualTo(5);
        assertThat(nps.passives()).isEqualTo(3);
        assertThat(nps.detractors()).isEqualTo(2);
        assertThat(nps.responses()).isEqualTo(10);
    }

    @Test
    void marginOfErrorUsesTheTrinomialVariance() {
        // p_pro = 0.5, p_det = 0.2: variance = 0.5 + 0.2 − 0.3² = 0.61; 1.96 × 100 × √(0.61 / 10) = 48.40842901809560
        assertThat(Nps.of(5, 2, 10).marginOfError()).isCloseTo(48.4084290180956, within(1e-9));
    }

    @Test
    void keepsTheScoreUnrounded() {
        // 7 answers: 3 promoters, 3 passives, 1 detractor -> 100 × 2 / 7 = 28.571428...
        // variance = 3/7 + 1/7 − (2/7)² = 0.489796; 196 × √(0.489796 / 7) = 51.8459255872629
        var nps = Nps.of(3, 1, 7);

        assertThat(nps.score()).isCloseTo(28.571428571428573, within(1e-12));
        assertThat(nps.marginOfError()).isCloseTo(51.84592558726288, within(1e-9));
    }

    @Test
    void allPromotersScoreOneHundredWithNoMargin() {
        var nps = Nps.of(4, 0, 4);

        assertThat(nps.score()).isEqualTo(100.0);
        assertThat(nps.passives()).isZero();
        assertThat(nps.marginOfError()).isEqualTo(0.0);
    }

    @Test
    void allDetractorsScoreMinusOneHundred() {
        assertThat(Nps.of(0, 3, 3).score()).isEqualTo(-100.0);
    }

    @Test
    void noResponsesGiveNullsNotZero() {
        var nps = Nps.of(0, 0, 0);

        assertThat(nps.score()).isNull();
        assertThat(nps.marginOfError()).isNull();
        assertThat(nps.responses()).isZero();
    }

    @Test
    void refusesCountsThatCannotComeFromOneSetOfAnswers() {
        assertThatIllegalArgumentException().isThrownBy(() -> Nps.of(6, 5, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> Nps.of(-1, 0, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> new Nps(10.0, 1, 1, 1, 4, 0.0));
    }

    @Test
    void aSmallMoveOnFewAnswersIsNotSignificant() {
        // before: 30 on 10 answers (variance 0.61); now: 30 promoters, 10 detractors of 50 = 40 (variance 0.6 + 0.2 − 0.16 = 0.64)
        // 1.96 × 100 × √(0.61/10 + 0.64/50) = 53.2457 > |40 − 30|
        var change = Nps.of(30, 10, 50).changeSince(Nps.of(5, 2, 10));

        assertThat(change.previous()).isEqualTo(30.0);
        assertThat(change.delta()).isEqualTo(10.0);
        assertThat(change.significant()).isFalse();
    }

    @Test
    void aLargeMoveOnManyAnswersIsSignificant() {
        // −30 -> +30 on 100 answers each, variance 0.61 both: 1.96 × 100 × √(0.0061 × 2) = 21.6489 < 60
        var change = Nps.of(50, 20, 100).changeSince(Nps.of(20, 50, 100));

        assertThat(change.delta()).isCloseTo(60.0, within(1e-9));
        assertThat(change.significant()).isTrue();
    }

    @Test
    void aChangeFromAPeriodWithoutAnswersCannotBeTested() {
        var change = Nps.of(5, 2, 10).changeSince(Nps.of(0, 0, 0));

        assertThat(change.previous()).isNull();
        assertThat(change.delta()).isNull();
        assertThat(change.significant()).isNull();
    }
}
