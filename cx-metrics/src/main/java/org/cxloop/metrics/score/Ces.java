package org.cxloop.metrics.score;

/**
 * Customer effort of a set of 1–7 answers: their mean, "easy", the share of 5–7 answers × 100, and the sample
 * standard deviation of the answers. Average and easy are null when nobody answered; the standard deviation needs two
 * answers.
 */
public record Ces(Double average, Double easy, long responses, Double standardDeviation) {

    public Ces {
        Counts.requireCount("responses", responses);
    }

    /**
     * The CES of {@code responses} answers whose scores add up to {@code scoreSum} and whose squares add up to
     * {@code sumOfSquares}, {@code easyAnswers} of them 5–7.
     */
    public static Ces of(long scoreSum, long sumOfSquares, long easyAnswers, long responses) {
        Counts.requireCount("scoreSum", scoreSum);
        Counts.requireCount("sumOfSquares", sumOfSquares);
        Counts.requirePart("easyAnswers", easyAnswers, "responses", responses);
        if (responses == 0) {
            return new Ces(null, null, 0, null);
        }
        if (scoreSum < responses || scoreSum > 7 * responses || sumOfSquares < scoreSum || sumOfSquares > 49 * responses) {
            throw new IllegalArgumentException("Sums of " + scoreSum + " and " + sumOfSquares + " (squares) cannot come from "
                    + responses + " answers on 1-7");
        }
        var mean = (double) scoreSum / responses;
        var deviation = responses < 2 ? null : Math.sqrt(Math.max(0, (sumOfSquares - responses * mean * mean) / (responses - 1)));
        return new Ces(mean, Counts.percent(easyAnswers, responses), responses, deviation);
    }

    /**
     * How the average moved since {@code before}, significant when the difference exceeds 1.96 standard errors
     * √(s₁²/n₁ + s₂²/n₂) (a two-sample z-test on means); untested (null) unless both periods have two answers.
     */
    public Change changeSince(Ces before) {
        if (standardDeviation == null || before.standardDeviation == null) {
            return Change.between(before.average, average, null);
        }
        var standardError = Math.sqrt(standardDeviation * standardDeviation / responses
                + before.standardDeviation * before.standardDeviation / before.responses);
        return Change.between(before.average, average, Math.abs(average - before.average) > Counts.Z95 * standardError);
    }
}
