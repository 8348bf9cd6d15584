package org.cxloop.metrics.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CesTests {

    @Test
    void averagesTheAnswersAndCountsFiveToSevenAsEasy() {
        // answers 7, 5, 4, 2: mean 18 / 4 = 4.5; easy = 2 of 4 = 50
        var ces = Ces.of(18, 2, 4);

        assertThat(ces.average()).isEqualTo(4.5);
        assertThat(ces.easy()).isEqualTo(50.0);
        assertThat(ces.responses()).isEqualTo(4);
    }

    @Test
    void noResponsesGiveNullsNotZero() {
        var ces = Ces.of(0, 0, 0);

        assertThat(ces.average()).isNull();
        assertThat(ces.easy()).isNull();
        assertThat(ces.responses()).isZero();
    }

    @Test
    void refusesASumOutsideTheScale() {
        assertThatIllegalArgumentException().isThrownBy(() -> Ces.of(2, 0, 3));
        assertThatIllegalArgumentException().isThrownBy(() -> Ces.of(22, 3, 3));
    }
}
