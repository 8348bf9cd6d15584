package org.cxloop.metrics;

/** The width of one point in a time series. */
public enum Granularity {
    /** ISO weeks, Monday to Sunday. */
    WEEK,
    /** Calendar months. */
    MONTH
}
