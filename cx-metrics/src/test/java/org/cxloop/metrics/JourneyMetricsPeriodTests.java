package org.cxloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Which period a journey map shows when the reader gives no dates, or only one. */
class JourneyMetricsPeriodTests {

    // 23:30 UTC on 31 March is already 1 April in Madrid
    private final JourneyMetrics metrics = new JourneyMetrics(null, null,
            Clock.fixed(Instant.parse("2026-03-31T23:30:00Z"), ZoneOffset.UTC), ZoneId.of("Europe/Madrid"));

    @Test
    void withoutDatesItIsTheLastNinetyDaysUpToTodayInTheInstallationsZone() {
        var period = metrics.periodOrRecent(null, null);

        assertThat(period).isEqualTo(new Period(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 4, 1)));
        assertThat(period.days()).isEqualTo(90);
    }

    @Test
    void withOnlyAnEndItIsTheNinetyDaysUpToThatEnd() {
        assertThat(metrics.periodOrRecent(null, LocalDate.of(2026, 3, 31)))
                .isEqualTo(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
    }

    @Test
    void withOnlyAStartItRunsToToday() {
        assertThat(metrics.periodOrRecent(LocalDate.of(2026, 3, 15), null))
                .isEqualTo(new Period(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 4, 1)));
    }
}
