package org.cxloop.metrics;

import java.util.Set;
import org.cxloop.core.Channel;

/**
 * Which data a figure covers: a period, and optionally one touchpoint (code), one journey stage (code), one channel
 * and one customer segment, and optionally only the touchpoints (codes) of one journey. Survey and interaction figures
 * honour every part; churn and retention honour the segment only. Blank codes mean "any"; a null set of journey
 * touchpoints means every touchpoint, an empty one none.
 */
public record MetricsFilter(Period period, String touchpoint, String stage, Channel channel, String segment,
        Set<String> journeyTouchpoints) {

    public MetricsFilter {
        if (period == null) {
            throw new IllegalArgumentException("A filter needs a period");
        }
        touchpoint = blankToNull(touchpoint);
        stage = blankToNull(stage);
        segment = blankToNull(segment);
        journeyTouchpoints = journeyTouchpoints == null ? null : Set.copyOf(journeyTouchpoints);
    }

    public MetricsFilter(Period period, String touchpoint, String stage, Channel channel, String segment) {
        this(period, touchpoint, stage, channel, segment, null);
    }

    public static MetricsFilter of(Period period) {
        return new MetricsFilter(period, null, null, null, null);
    }

    /** The same filter over another period. */
    public MetricsFilter in(Period other) {
        return new MetricsFilter(other, touchpoint, stage, channel, segment, journeyTouchpoints);
    }

    /** The same filter limited to these touchpoint codes, the ones a journey places on its map. */
    public MetricsFilter within(Set<String> touchpointCodes) {
        return new MetricsFilter(period, touchpoint, stage, channel, segment, touchpointCodes);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
