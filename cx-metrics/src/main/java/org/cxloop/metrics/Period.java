package org.cxloop.metrics;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.cxloop.core.InvalidInputException;

/** Days from {@code from} to {@code to}, both inclusive, read in the installation's time zone. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (from == null) {
            throw new InvalidInputException("from", "metrics.from.required", "A start date 'from' (such as 2026-01-01) is required.");
        }
        if (to == null) {
            throw new InvalidInputException("to", "metrics.to.required", "An end date 'to' (such as 2026-01-31) is required.");
        }
        if (from.isAfter(to)) {
            throw new InvalidInputException("from", "metrics.period.order",
                    "The start date 'from' (" + from + ") is after the end date 'to' (" + to + ").");
        }
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /**
     * The period just before this one: the same number of whole calendar months when this one is whole months
     * (March -> February), otherwise the same number of days.
     */
    public Period previous() {
        if (from.getDayOfMonth() == 1 && to.equals(to.with(TemporalAdjusters.lastDayOfMonth()))) {
            var months = ChronoUnit.MONTHS.between(from, to.plusDays(1));
            var start = from.minusMonths(months);
            return new Period(start, from.minusDays(1));
        }
        return new Period(from.minusDays(days()), from.minusDays(1));
    }

    /** The first instant of the period in this zone. */
    OffsetDateTime startIn(ZoneId zone) {
        return from.atStartOfDay(zone).toOffsetDateTime();
    }

    /** The first instant after the period in this zone. */
    OffsetDateTime endIn(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    }

    /** Cuts the period into ISO weeks (Monday to Sunday) or calendar months, the first and last clipped to it. */
    List<Period> split(Granularity granularity) {
        var parts = new ArrayList<Period>();
        var start = from;
        while (!start.isAfter(to)) {
            var end = switch (granularity) {
                case WEEK -> start.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
                case MONTH -> start.with(TemporalAdjusters.lastDayOfMonth());
            };
            parts.add(new Period(start, end.isAfter(to) ? to : end));
            start = end.plusDays(1);
        }
        return parts;
    }

    /** How a part made by {@link #split} is named: 2026-W03 for a week, 2026-01 for a month. */
    String label(Granularity granularity) {
        return switch (granularity) {
            case WEEK -> "%d-W%02d".formatted(from.get(IsoFields.WEEK_BASED_YEAR), from.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> "%d-%02d".formatted(from.getYear(), from.getMonthValue());
        };
    }
}
