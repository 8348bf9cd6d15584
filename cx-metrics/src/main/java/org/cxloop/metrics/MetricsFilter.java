package org.cxloop.metrics;

import org.cxloop.core.Channel;

/**
 * Which data a figure covers: a period, and optionally one touchpoint (code), one journey stage (code), one channel
 * and one customer segment. Survey and interaction figures honour every part; churn and retention honour the
 * segment only. Blank codes mean "any".
 */
public record MetricsFilter(Period period, String touchpoint, String stage, Channel channel, String segment) {

    public MetricsFilter {
        if (period == null) {
            throw new IllegalArgumentException("A filter needs a period");
        }
        touchpoint = blankToNull(touchpoint);
        stage = blankToNull(stage);
        segment = blankToNull(segment);
    }

    public static MetricsFilter of(Period period) {
        return new MetricsFilter(period, null, null, null, null);
    }

    /** The same filter over another period. */
    public MetricsFilter in(Period other) {
        return new MetricsFilter(other, touchpoint, stage, channel, segment);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
