package org.cxloop.metrics.score;

/**
 * Customer effort of a set of 1–7 answers: their mean, and "easy", the share of 5–7 answers × 100. Both are null
 * when nobody answered.
 */
public record Ces(Double average, Double easy, long responses) {

    public Ces {
        Counts.requireCount("responses", responses);
    }

    /** The CES of {@code responses} answers whose scores add up to {@code scoreSum}, {@code easyAnswers} of them 5–7. */
    public static Ces of(long scoreSum, long easyAnswers, long responses) {
        Counts.requireCount("scoreSum", scoreSum);
        Counts.requirePart("easyAnswers", easyAnswers, "responses", responses);
        if (responses == 0) {
            return new Ces(null, null, 0);
        }
        if (scoreSum < responses || scoreSum > 7 * responses) {
            throw new IllegalArgumentException("A sum of " + scoreSum + " cannot come from " + responses + " answers on 1-7");
        }
        return new Ces((double) scoreSum / responses, Counts.percent(easyAnswers, responses), responses);
    }

    /** How the average moved since {@code before}; not tested for significance yet, so that stays null. */
    public Change changeSince(Ces before) {
        return Change.between(before.average, average, null);
    }
}
