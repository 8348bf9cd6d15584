package org.cxloop.metrics;

import org.cxloop.metrics.score.Change;
import org.cxloop.metrics.score.Churn;
import org.cxloop.metrics.score.Retention;

/**
 * Churn and retention for a period and segment, and how each moved since the previous period of the same length:
 * the customer side of {@link MetricsOverview} alone, for pages that show nothing about answers.
 */
public record CustomerOverview(Period period, Churn churn, Retention retention, Period previousPeriod, Change churnChange,
        Change retentionChange) {
}
