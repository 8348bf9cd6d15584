package org.cxloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CohortTests {

    private static final YearMonth JANUARY = YearMonth.of(2026, 1);

    @Test
    void followsTheShareStillActiveAtTheEndOfEachMonth() {
        // 4 joined in January: 1 churned in January, 1 in March, 2 are still active
        Map<YearMonth, Long> byChurnMonth = new HashMap<>();
        byChurnMonth.put(JANUARY, 1L);
        byChurnMonth.put(YearMonth.of(2026, 3), 1L);
        byChurnMonth.put(null, 2L);

        var cohort = Cohort.of(JANUARY, YearMonth.of(2026, 4), byChurnMonth);

        assertThat(cohort.size()).isEqualTo(4);
        assertThat(cohort.months()).extracting(Cohort.Month::k).containsExactly(0, 1, 2, 3);
        assertThat(cohort.months()).extracting(Cohort.Month::active).containsExactly(3L, 3L, 2L, 2L);
        assertThat(cohort.months()).extracting(Cohort.Month::share).containsExactly(75.0, 75.0, 50.0, 50.0);
        assertThat(cohort.months().get(3).month()).isEqualTo(YearMonth.of(2026, 4));
    }

    @Test
    void theLastCohortHasOnlyItsOwnMonth() {
        var cohort = Cohort.of(JANUARY, JANUARY, Map.of(YearMonth.of(2026, 2), 3L));

        assertThat(cohort.months()).singleElement().satisfies(m -> {
            assertThat(m.k()).isZero();
            assertThat(m.active()).isEqualTo(3);
            assertThat(m.share()).isEqualTo(100.0);
        });
    }

    @Test
    void anEmptyCohortHasSizeZeroAndNullShares() {
        var cohort = Cohort.of(JANUARY, YearMonth.of(2026, 2), Map.of());

        assertThat(cohort.size()).isZero();
        assertThat(cohort.months()).extracting(Cohort.Month::share).containsExactly(null, null);
        assertThat(cohort.months()).extracting(Cohort.Month::active).containsExactly(0L, 0L);
    }
}
