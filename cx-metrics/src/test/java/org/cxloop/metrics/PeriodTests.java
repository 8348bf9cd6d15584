package org.cxloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.cxloop.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class PeriodTests {

    @Test
    void refusesAStartAfterTheEndNamingFrom() {
        assertThatThrownBy(() -> period("2026-03-02", "2026-03-01"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("from"));
    }

    @Test
    void refusesAMissingDateNamingIt() {
        assertThatThrownBy(() -> new Period(LocalDate.of(2026, 3, 1), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("to"));
    }

    @Test
    void aSingleDayIsAPeriod() {
        assertThat(period("2026-03-01", "2026-03-01").days()).isEqualTo(1);
    }

    @Test
    void theMonthBeforeAWholeMonthIsTheCalendarMonth() {
        assertThat(period("2026-03-01", "2026-03-31").previous()).isEqualTo(period("2026-02-01", "2026-02-28"));
        assertThat(period("2026-01-01", "2026-03-31").previous()).isEqualTo(period("2025-10-01", "2025-12-31"));
    }

    @Test
    void otherPeriodsArePrecededByAsManyDays() {
        assertThat(period("2026-03-10", "2026-03-16").previous()).isEqualTo(period("2026-03-03", "2026-03-09"));
    }

    @Test
    void coversWholeDaysInTheInstallationsZone() {
        var madrid = ZoneId.of("Europe/Madrid");
        var march = period("2026-03-01", "2026-03-31");

        assertThat(march.startIn(madrid)).isEqualTo(OffsetDateTime.parse("2026-03-01T00:00:00+01:00"));
        // daylight saving starts on 29 March: the period ends at midnight summer time
        assertThat(march.endIn(madrid)).isEqualTo(OffsetDateTime.parse("2026-04-01T00:00:00+02:00"));
    }

    @Test
    void splitsIntoIsoWeeksClippedToThePeriod() {
        // Wednesday 4 March to Tuesday 17 March 2026
        var weeks = period("2026-03-04", "2026-03-17").split(Granularity.WEEK);

        assertThat(weeks).containsExactly(period("2026-03-04", "2026-03-08"), period("2026-03-09", "2026-03-15"),
                period("2026-03-16", "2026-03-17"));
        assertThat(weeks.getFirst().label(Granularity.WEEK)).isEqualTo("2026-W10");
    }

    @Test
    void splitsIntoCalendarMonths() {
        var months = period("2025-12-15", "2026-02-28").split(Granularity.MONTH);

        assertThat(months).containsExactly(period("2025-12-15", "2025-12-31"), period("2026-01-01", "2026-01-31"),
                period("2026-02-01", "2026-02-28"));
        assertThat(months).extracting(p -> p.label(Granularity.MONTH)).containsExactly("2025-12", "2026-01", "2026-02");
    }

    @Test
    void labelsAWeekByItsIsoWeekYear() {
        // Thursday 1 January 2026 belongs to week 1 of 2026; Monday 29 December 2025 too
        assertThat(period("2025-12-29", "2026-01-04").label(Granularity.WEEK)).isEqualTo("2026-W01");
    }

    private static Period period(String from, String to) {
        return new Period(LocalDate.parse(from), LocalDate.parse(to));
    }
}
