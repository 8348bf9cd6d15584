package org.cxloop.metrics;

/** The figures a time series can follow. */
public enum TrendMetric {
    /** NPS score; a point's count is its responses. */
    NPS,
    /** CSAT score; a point's count is its responses. */
    CSAT,
    /** CES average; a point's count is its responses. */
    CES,
    /** Churn rate; a point's count is the customers at its start. */
    CHURN,
    /** Retention rate: the share of the customers at a point's start still active at its end; the count is those at its start. */
    RETENTION
}
