package org.cxloop.metrics.score;

/**
 * How a touchpoint's perceived satisfaction compares with what the journey map expects of it: the mean perceived
 * CSAT (1–5) minus the expected CSAT (1–5). Null when either side is missing (no answers, or no expected score set).
 * A negative gap means perception falls below expectation.
 */
public record ExpectationGap(Integer expected, Double perceived, long responses, Double gap, Standing standing) {

    /** Where perception stands against expectation; {@code NO_DATA} when the gap is null. */
    public enum Standing {
        BELOW, AT_OR_ABOVE, NO_DATA
    }

    public ExpectationGap {
        Counts.requireCount("responses", responses);
        if (expected != null && (expected < 1 || expected > 5)) {
            throw new IllegalArgumentException("An expected CSAT is on 1-5, was " + expected);
        }
    }

    /** The gap between the mean perceived CSAT and the expected score, which may be null when nobody set it. */
    public static ExpectationGap of(MeanCsat perceived, Integer expected) {
        if (expected != null && (expected < 1 || expected > 5)) {
            throw new IllegalArgumentException("An expected CSAT is on 1-5, was " + expected);
        }
        if (perceived.mean() == null || expected == null) {
            return new ExpectationGap(expected, perceived.mean(), perceived.responses(), null, Standing.NO_DATA);
        }
        var gap = perceived.mean() - expected;
        return new ExpectationGap(expected, perceived.mean(), perceived.responses(), gap,
                gap < 0 ? Standing.BELOW : Standing.AT_OR_ABOVE);
    }
}
