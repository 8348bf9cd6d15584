package org.cxloop.metrics.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Values read from the printed normal and t tables every statistics textbook carries. */
class DistributionsTests {

    @Test
    void normalCdfMatchesTheTable() {
        // Φ(0) = 0.5, Φ(1) = 0.8413, Φ(1.96) = 0.9750, Φ(−2.576) = 0.0050
        assertThat(Distributions.normalCdf(0)).isCloseTo(0.5, within(1e-7));
        assertThat(Distributions.normalCdf(1)).isCloseTo(0.8413, within(1e-4));
        assertThat(Distributions.normalCdf(1.96)).isCloseTo(0.9750, within(1e-4));
        assertThat(Distributions.normalCdf(-2.576)).isCloseTo(0.0050, within(1e-4));
    }

    @Test
    void normalQuantilesAreTheFamiliarCriticalValues() {
        // z₀.₉₇₅ = 1.960 (95 % two-sided), z₀.₈ = 0.8416 (80 % power), z₀.₉₉₅ = 2.576
        assertThat(Distributions.normalQuantile(0.975)).isCloseTo(1.95996, within(1e-4));
        assertThat(Distributions.normalQuantile(0.8)).isCloseTo(0.84162, within(1e-4));
        assertThat(Distributions.normalQuantile(0.995)).isCloseTo(2.5758, within(1e-4));
    }

    @Test
    void studentTTailsMatchTheTable() {
        // t table, two-sided 5 %: df 10 → 2.228, df 30 → 2.042; two-sided 1 %: df 5 → 4.032
        assertThat(Distributions.studentTwoSided(2.228, 10)).isCloseTo(0.05, within(2e-4));
        assertThat(Distributions.studentTwoSided(2.042, 30)).isCloseTo(0.05, within(2e-4));
        assertThat(Distributions.studentTwoSided(4.032, 5)).isCloseTo(0.01, within(2e-4));
        assertThat(Distributions.studentQuantile(0.975, 10)).isCloseTo(2.228, within(1e-3));
        // with one degree of freedom t is Cauchy: P(|T| ≥ 1) = 1/2 exactly
        assertThat(Distributions.studentTwoSided(1, 1)).isCloseTo(0.5, within(1e-9));
    }
}
