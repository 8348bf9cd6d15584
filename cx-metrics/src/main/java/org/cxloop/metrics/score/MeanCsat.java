package org.cxloop.metrics.score;

/**
 * The mean of a set of 1–5 CSAT answers, the "average satisfaction" that journey maps draw and compare with the
 * expected score; null when nobody answered. Unlike {@link Csat}, which is the share of 4 and 5 answers.
 */
public record MeanCsat(Double mean, long responses) {

    public MeanCsat {
        Counts.requireCount("responses", responses);
        if ((mean == null) != (responses == 0)) {
            throw new IllegalArgumentException("A mean CSAT has a value exactly when it has answers");
        }
    }

    /** The mean of {@code responses} answers on 1–5 whose scores add up to {@code scoreSum}. */
    public static MeanCsat of(long scoreSum, long responses) {
        Counts.requireCount("responses", responses);
        if (scoreSum < responses || scoreSum > 5 * responses) {
            throw new IllegalArgumentException("A sum of " + scoreSum + " cannot come from " + responses + " answers on 1-5");
        }
        return new MeanCsat(responses == 0 ? null : (double) scoreSum / responses, responses);
    }
}
