package org.cxloop.metrics;

import org.cxloop.metrics.score.ExpectationGap;

/**
 * One touchpoint card of a journey's as-is map with its expectation gap: the mean perceived CSAT (1–5) over the
 * period minus the expected CSAT set on the card; gap null when either is missing.
 */
public record ExpectationGapEntry(long journey, String journeyName, String stage, String touchpoint,
        String touchpointName, Integer expected, Double perceived, long responses, Double gap,
        ExpectationGap.Standing standing) {

    static ExpectationGapEntry of(long journey, String journeyName, String stage, String touchpoint,
            String touchpointName, ExpectationGap gap) {
        return new ExpectationGapEntry(journey, journeyName, stage, touchpoint, touchpointName, gap.expected(),
                gap.perceived(), gap.responses(), gap.gap(), gap.standing());
    }
}
