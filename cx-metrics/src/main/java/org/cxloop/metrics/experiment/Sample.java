package org.cxloop.metrics.experiment;

/**
 * One variant's answers to one kind of survey, reduced to what the tests need: how many, their mean on the metric's
 * own scale, and the variance of a single answer on that scale (NPS: an answer counts +100, 0 or −100; CSAT: 100 for
 * a 4–5 answer, else 0; CES: the score itself, with the sample variance).
 */
public record Sample(String variant, long responses, Double mean, Double variance) {

    /** NPS answers: promoters 9–10, passives 7–8, detractors 0–6; variance 100² × (p₊ + p₋ − (p₊ − p₋)²). */
    public static Sample ofNps(String variant, long promoters, long passives, long detractors) {
        var n = promoters + passives + detractors;
        if (n == 0) {
            return new Sample(variant, 0, null, null);
        }
        var pro = (double) promoters / n;
        var det = (double) detractors / n;
        return new Sample(variant, n, 100 * (pro - det), 10_000 * Math.max(0, pro + det - (pro - det) * (pro - det)));
    }

    /** CSAT answers, {@code satisfied} of them 4 or 5: mean 100p, variance 100² × p(1 − p). */
    public static Sample ofTopBox(String variant, long satisfied, long responses) {
        if (responses == 0) {
            return new Sample(variant, 0, null, null);
        }
        var p = (double) satisfied / responses;
        return new Sample(variant, responses, 100 * p, 10_000 * p * (1 - p));
    }

    /** CES answers given as their count, sum and sum of squares; the sample variance needs two answers. */
    public static Sample ofScores(String variant, long responses, long sum, long sumOfSquares) {
        if (responses == 0) {
            return new Sample(variant, 0, null, null);
        }
        var mean = (double) sum / responses;
        var variance = responses < 2 ? null : Math.max(0, (sumOfSquares - responses * mean * mean) / (responses - 1));
        return new Sample(variant, responses, mean, variance);
    }

    /** For CSAT: how many answers were 4–5. */
    long hits() {
        return Math.round(mean * responses / 100);
    }
}
