package org.cxloop.web.dashboard;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.Optional;
import org.cxloop.metrics.Period;

/** The periods a person picks with one click, each ending today, and "custom" for their own dates. */
public enum PeriodPreset {
    LAST_30_DAYS("30d"),
    THIS_QUARTER("quarter"),
    LAST_12_MONTHS("12m"),
    CUSTOM("custom");

    private final String param;

    PeriodPreset(String param) {
        this.param = param;
    }

    public String param() {
        return param;
    }

    static Optional<PeriodPreset> fromParam(String value) {
        return Arrays.stream(values()).filter(p -> p.param.equalsIgnoreCase(value == null ? "" : value.strip())).findFirst();
    }

    /** The days this preset covers when today is {@code today}; custom periods come from their own dates. */
    Period periodEnding(LocalDate today) {
        return switch (this) {
            case LAST_30_DAYS -> new Period(today.minusDays(29), today);
            case THIS_QUARTER -> new Period(today.with(IsoFields.DAY_OF_QUARTER, 1), today);
            case LAST_12_MONTHS -> new Period(today.minusMonths(11).withDayOfMonth(1), today);
            case CUSTOM -> throw new IllegalStateException("A custom period has no preset dates");
        };
    }
}
