package org.cxloop.metrics;

import org.cxloop.metrics.score.Change;

/**
 * How the figures moved since the previous period of the same length, each with whether the move is significant at
 * 95 %: NPS with its trinomial variance, CSAT, churn and retention with a pooled two-proportion test, the CES average with a
 * two-sample z-test on means.
 */
public record PeriodChanges(Period previousPeriod, Change nps, Change csat, Change ces, Change churn,
        Change retention) {
}
