package org.cxloop.metrics.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each test works its example by hand in the comments first; the code must land on the same numbers. */
class MetricComparisonTests {

    @Test
    void npsDifferenceUsesTheTrinomialVariance() {
        // A: 50 answers, 25 promoters, 15 passives, 10 detractors → p₊ = .5, p₋ = .2, NPS = 100(.5 − .2) = 30.
        //    per-answer variance = 100² × (.5 + .2 − .3²) = 10000 × .61 = 6100
        //    95 % CI: 30 ± 1.96 × √(6100/50) = 30 ± 1.96 × 11.045 = 30 ± 21.649 → [8.35, 51.65]
        // B: 60 answers, 36 promoters, 12 passives, 12 detractors → p₊ = .6, p₋ = .2, NPS = 40.
        //    variance = 10000 × (.8 − .4²) = 6400
        // B − A = 10; SE = √(6100/50 + 6400/60) = √(122 + 106.667) = √228.667 = 15.122
        // z = 10 / 15.122 = 0.661 → p = 2(1 − Φ(0.661)) = 0.508: not significant.
        // CI of the difference: 10 ± 1.96 × 15.122 = [−19.64, 39.64]
        var result = MetricComparison.of(Metric.NPS, List.of(
                Sample.ofNps("A", 25, 15, 10), Sample.ofNps("B", 36, 12, 12)));

        var a = result.figures().get(0);
        assertThat(a.value()).isCloseTo(30, within(1e-9));
        assertThat(a.low()).isCloseTo(8.35, within(0.01));
        assertThat(a.high()).isCloseTo(51.65, within(0.01));
        assertThat(result.enoughData()).isTrue();
        var difference = result.differences().getFirst();
        assertThat(difference.delta()).isCloseTo(10, within(1e-9));
        assertThat(difference.low()).isCloseTo(-19.64, within(0.01));
        assertThat(difference.high()).isCloseTo(39.64, within(0.01));
        assertThat(difference.pValue()).isCloseTo(0.508, within(0.001));
        assertThat(difference.significant()).isFalse();
    }

    @Test
    void npsSampleSizeDetectsTenPointsWithEightyPercentPower() {
        // Same answers as above. Mean variance σ² = (6100 + 6400) / 2 = 6250, δ = 10 points.
        // n = (1.960 + 0.842)² × 2 × 6250 / 10² = 7.849 × 125 = 981.1 → 982 per variant.
        // Still missing: (982 − 50) + (982 − 60) = 932 + 922 = 1854.
        var result = MetricComparison.of(Metric.NPS, List.of(
                Sample.ofNps("A", 25, 15, 10), Sample.ofNps("B", 36, 12, 12)));

        assertThat(result.assumedEffect()).isEqualTo(10);
        assertThat(result.neededPerVariant()).isEqualTo(982);
        assertThat(result.moreResponsesNeeded()).isEqualTo(1854);
    }

    @Test
    void csatComparesTopBoxSharesWithThePooledTwoProportionTest() {
        // A: 40 of 50 answered 4–5 → 80 %;  B: 30 of 50 → 60 %;  B − A = −20 points.
        // pooled p = 70/100 = .7; SE₀ = 100 × √(.7 × .3 × (1/50 + 1/50)) = 100 × √.0084 = 9.165
        // z = −20 / 9.165 = −2.182 → p = 2(1 − Φ(2.182)) = 0.0291 < 0.05: significant.
        // CI uses the unpooled SE = 100 × √(.8 × .2/50 + .6 × .4/50) = 100 × √.008 = 8.944
        //    −20 ± 1.96 × 8.944 = [−37.53, −2.47]
        var result = MetricComparison.of(Metric.CSAT, List.of(Sample.ofTopBox("A", 40, 50), Sample.ofTopBox("B", 30, 50)));

        var difference = result.differences().getFirst();
        assertThat(difference.delta()).isCloseTo(-20, within(1e-9));
        assertThat(difference.pValue()).isCloseTo(0.0291, within(0.0002));
        assertThat(difference.significant()).isTrue();
        assertThat(difference.low()).isCloseTo(-37.53, within(0.01));
        assertThat(difference.high()).isCloseTo(-2.47, within(0.01));
    }

    @Test
    void cesComparesMeansWithWelchsTTest() {
        // A: 40 answers, sum 200, sum of squares 1039 → mean 5.0, s² = (1039 − 40 × 25)/39 = 39/39 = 1.0
        // B: 30 answers, sum 168, sum of squares 982 → mean 5.6, s² = (982 − 30 × 31.36)/29 = 41.2/29 = 1.4207
        // SE = √(1.0/40 + 1.4207/30) = √(.025 + .047356) = √.072356 = 0.26899
        // t = 0.6 / 0.26899 = 2.2306
        // Welch df = .072356² / (.025²/39 + .047356²/29) = .0052354 / (.00001603 + .00007733) = 56.08
        // two-sided p with 56.08 df = 0.0297 (t table: t₀.₉₇₅,₅₆ ≈ 2.003 < 2.2306): significant.
        // CI: 0.6 ± 2.0032 × 0.26899 = [0.0612, 1.1388]
        var result = MetricComparison.of(Metric.CES, List.of(
                Sample.ofScores("A", 40, 200, 1039), Sample.ofScores("B", 30, 168, 982)));

        var difference = result.differences().getFirst();
        assertThat(difference.delta()).isCloseTo(0.6, within(1e-9));
        assertThat(difference.pValue()).isCloseTo(0.0297, within(0.0002));
        assertThat(difference.significant()).isTrue();
        assertThat(difference.low()).isCloseTo(0.0612, within(0.0005));
        assertThat(difference.high()).isCloseTo(1.1388, within(0.0005));
    }

    @Test
    void saysThereIsNotEnoughDataBelowThirtyAnswersAVariant() {
        // B has 29 answers: no test, no verdict, but the figures and the gap to the sample size are shown.
        // CES fallback while a variant has under two answers is not used here: both have a variance.
        var result = MetricComparison.of(Metric.CSAT, List.of(Sample.ofTopBox("A", 40, 50), Sample.ofTopBox("B", 20, 29)));

        assertThat(result.enoughData()).isFalse();
        var difference = result.differences().getFirst();
        assertThat(difference.delta()).isNotNull();
        assertThat(difference.pValue()).isNull();
        assertThat(difference.significant()).isNull();
        assertThat(result.moreResponsesNeeded()).isPositive();
    }

    @Test
    void fallsBackToTheWidestVarianceWithoutAnswers() {
        // No answers at all: NPS σ² = 100² (half promoters, half detractors).
        // n = 7.849 × 2 × 10000 / 100 = 1569.8 → 1570 per variant, 3140 in all.
        var result = MetricComparison.of(Metric.NPS, List.of(Sample.ofNps("A", 0, 0, 0), Sample.ofNps("B", 0, 0, 0)));

        assertThat(result.figures()).allSatisfy(f -> assertThat(f.value()).isNull());
        assertThat(result.neededPerVariant()).isEqualTo(1570);
        assertThat(result.moreResponsesNeeded()).isEqualTo(3140);
    }

    @Test
    void threeVariantsAreTestedAtABonferroniCorrectedLevel() {
        // Three variants: each of the two comparisons is run at α = 0.05 / 2 = 0.025, so the CSAT example above
        // (p = 0.0291) is no longer significant, and its interval widens to z₀.₉₈₇₅ = 2.2414:
        //    −20 ± 2.2414 × 8.944 = [−40.05, 0.05]
        var result = MetricComparison.of(Metric.CSAT, List.of(Sample.ofTopBox("A", 40, 50),
                Sample.ofTopBox("B", 30, 50), Sample.ofTopBox("C", 41, 50)));

        assertThat(result.significanceLevel()).isCloseTo(0.025, within(1e-12));
        var b = result.differences().get(0);
        assertThat(b.significant()).isFalse();
        assertThat(b.low()).isCloseTo(-40.05, within(0.01));
        assertThat(b.high()).isCloseTo(0.05, within(0.01));
        assertThat(result.differences().get(1).variant()).isEqualTo("C");
    }

    @Test
    void needsAtLeastTwoVariants() {
        assertThatThrownBy(() -> MetricComparison.of(Metric.NPS, List.of(Sample.ofNps("A", 1, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
