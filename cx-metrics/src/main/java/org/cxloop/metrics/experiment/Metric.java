package org.cxloop.metrics.experiment;

/**
 * The three figures an experiment compares, each with its test, the effect the sample-size estimate assumes, and the
 * per-answer variance it falls back to while there are too few answers to measure one (the largest the scale allows
 * for NPS and CSAT, a standard deviation of 1.5 points for CES).
 */
public enum Metric {
    /** Difference of NPS, variance from the trinomial, z-test. Effect: 10 points. */
    NPS(10, 10_000),
    /** Top-box share (4–5 of 5), two-proportion z-test with the pooled proportion. Effect: 10 percentage points. */
    CSAT(10, 2_500),
    /** Mean effort score (1–7), Welch's t-test. Effect: 0.5 points. */
    CES(0.5, 2.25);

    private final double assumedEffect;
    private final double fallbackVariance;

    Metric(double assumedEffect, double fallbackVariance) {
        this.assumedEffect = assumedEffect;
        this.fallbackVariance = fallbackVariance;
    }

    /** The smallest difference worth detecting, on the metric's scale, used for the sample-size estimate. */
    public double assumedEffect() {
        return assumedEffect;
    }

    double fallbackVariance() {
        return fallbackVariance;
    }
}
