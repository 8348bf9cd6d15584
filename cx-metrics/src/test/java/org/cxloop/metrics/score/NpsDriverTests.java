package org.cxloop.metrics.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NpsDriverTests {

    @Test
    void weighsTheDetractorShareByTheShareOfAnswers() {
        // 5 detractors in 20 answers (25 %), out of 50 answers overall (40 %): 25 × 0.4 = 100 × 5 / 50 = 10 points
        var driver = NpsDriver.of("hotline", 5, 20, 50);

        assertThat(driver.detractorShare()).isEqualTo(25.0);
        assertThat(driver.impact()).isEqualTo(10.0);
    }

    @Test
    void aBusyTouchpointWithFewerDetractorsCanPullHarderThanAQuietOne() {
        // 100 answers: busy has 6 of 60 detractors (10 %), quiet 4 of 8 (50 %)
        var busy = NpsDriver.of("busy", 6, 60, 100);
        var quiet = NpsDriver.of("quiet", 4, 8, 100);

        assertThat(busy.impact()).isGreaterThan(quiet.impact());
        assertThat(busy.impact()).isEqualTo(6.0);
        assertThat(quiet.impact()).isEqualTo(4.0);
    }

    @Test
    void theImpactsAddUpToTheDetractorShareOfTheWhole() {
        // overall 3 detractors in 9 answers: 100 × 3 / 9 points lost; split 2 + 1 over two touchpoints
        var a = NpsDriver.of("a", 2, 6, 9);
        var b = NpsDriver.of("b", 1, 3, 9);

        assertThat(a.impact() + b.impact()).isCloseTo(100.0 * 3 / 9, within(1e-12));
    }

    @Test
    void noAnswersGiveNulls() {
        var driver = NpsDriver.of("silent", 0, 0, 0);

        assertThat(driver.detractorShare()).isNull();
        assertThat(driver.impact()).isNull();
    }

    @Test
    void refusesMoreAnswersThanInTheWhole() {
        assertThatIllegalArgumentException().isThrownBy(() -> NpsDriver.of("x", 1, 10, 9));
    }
}
