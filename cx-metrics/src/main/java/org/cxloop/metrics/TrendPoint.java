package org.cxloop.metrics;

import java.time.LocalDate;

/**
 * One point of a time series: the week (2026-W03) or month (2026-01) it covers, the days it covers within the asked
 * period, the figure (null without data) and what it counts: responses, or customers at the start for churn.
 */
public record TrendPoint(String period, LocalDate from, LocalDate to, Double value, long responses) {
}
