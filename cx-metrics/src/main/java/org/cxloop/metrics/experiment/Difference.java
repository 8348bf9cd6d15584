package org.cxloop.metrics.experiment;

/**
 * A variant against the control (the experiment's first variant): {@code delta} = variant − control, its confidence
 * interval at the test's level, the two-sided p-value and whether it is below the significance level. Interval,
 * p-value and verdict are null while there is not enough data to test.
 */
public record Difference(String variant, String control, Double delta, Double low, Double high, Double pValue,
        Boolean significant) {
}
