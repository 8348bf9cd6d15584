package org.cxloop.metrics.score;

/**
 * Customer satisfaction of a set of 1–5 answers: the share of 4 and 5 answers, × 100. The margin of error is
 * 1.96 × 100 × √(p(1 − p) / n). Score and margin are null when nobody answered.
 */
public record Csat(Double score, long satisfied, long responses, Double marginOfError) {

    public Csat {
        Counts.requirePart("satisfied", satisfied, "responses", responses);
    }

    /** The CSAT of {@code responses} answers of which {@code satisfied} scored 4 or 5. */
    public static Csat of(long satisfied, long responses) {
        Counts.requirePart("satisfied", satisfied, "responses", responses);
        if (responses == 0) {
            return new Csat(null, 0, 0, null);
        }
        var p = (double) satisfied / responses;
        return new Csat(Counts.percent(satisfied, responses), satisfied, responses,
                Counts.Z95 * 100 * Math.sqrt(p * (1 - p) / responses));
    }

    /** How CSAT moved since {@code before}, tested with the pooled two-proportion z-test. */
    public Change changeSince(Csat before) {
        return Change.ofProportions(before.satisfied, before.responses, satisfied, responses);
    }
}
