package org.cxloop.metrics.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CesTests {

    @Test
    void averagesTheAnswersAndCountsFiveToSevenAsEasy() {
        // answers 7, 5, 4, 2: mean 18 / 4 = 4.5; easy = 2 of 4 = 50
        // squares 49 + 25 + 16 + 4 = 94: sample variance (94 − 4 × 4.5²) / 3 = 13 / 3, deviation 2.0816659994661326
        var ces = Ces.of(18, 94, 2, 4);

        assertThat(ces.average()).isEqualTo(4.5);
        assertThat(ces.easy()).isEqualTo(50.0);
        assertThat(ces.responses()).isEqualTo(4);
        assertThat(ces.standardDeviation()).isCloseTo(2.0816659994661326, within(1e-12));
    }

    @Test
    void oneAnswerHasAnAverageButNoDeviation() {
        var ces = Ces.of(6, 36, 1, 1);

        assertThat(ces.average()).isEqualTo(6.0);
        assertThat(ces.standardDeviation()).isNull();
    }

    @Test
    void noResponsesGiveNullsNotZero() {
        var ces = Ces.of(0, 0, 0, 0);

        assertThat(ces.average()).isNull();
        assertThat(ces.easy()).isNull();
        assertThat(ces.standardDeviation()).isNull();
        assertThat(ces.responses()).isZero();
    }

    @Test
    void refusesSumsOutsideTheScale() {
        assertThatIllegalArgumentException().isThrownBy(() -> Ces.of(2, 2, 0, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> Ces.of(22, 160, 3, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> Ces.of(7, 50, 1, 1));
    }

    @Test
    void aClearMoveOfTheAverageIsSignificant() {
        // 2 2 3 3 (mean 2.5, s² 1/3) -> 6 6 7 7 (mean 6.5, s² 1/3): 4 > 1.96 × √(1/12 + 1/12) = 0.8002
        var change = Ces.of(26, 170, 4, 4).changeSince(Ces.of(10, 26, 0, 4));

        assertThat(change.previous()).isEqualTo(2.5);
        assertThat(change.delta()).isEqualTo(4.0);
        assertThat(change.significant()).isTrue();
    }

    @Test
    void aSmallMoveOfScatteredAnswersIsNotSignificant() {
        // 1 7 (mean 4, s² 18) -> 2 7 (mean 4.5, s² 12.5): 0.5 < 1.96 × √(18/2 + 12.5/2) = 7.654
        var change = Ces.of(9, 53, 1, 2).changeSince(Ces.of(8, 50, 1, 2));

        assertThat(change.delta()).isEqualTo(0.5);
        assertThat(change.significant()).isFalse();
    }

    @Test
    void aChangeFromASingleAnswerCannotBeTested() {
        var change = Ces.of(26, 170, 4, 4).changeSince(Ces.of(3, 9, 0, 1));

        assertThat(change.delta()).isEqualTo(3.5);
        assertThat(change.significant()).isNull();
    }
}
