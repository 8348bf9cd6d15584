package org.cxloop.metrics.score;

/**
 * A figure in this period next to the same figure in the period before. {@code delta} is current − previous, null
 * when either is null; {@code significant} says whether the difference is statistically significant at 95 %, and is
 * null when either period has no data to test.
 */
public record Change(Double previous, Double delta, Boolean significant) {

    static Change between(Double previous, Double current, Boolean significant) {
        var delta = previous == null || current == null ? null : current - previous;
        return new Change(previous, delta, delta == null ? null : significant);
    }

    /**
     * The pooled two-proportion z-test of {@code before} = x₁/n₁ against {@code now} = x₂/n₂, with the proportions
     * shown as percentages: significant when |p₂ − p₁| > 1.96 × √(p(1 − p)(1/n₁ + 1/n₂)), p = (x₁ + x₂)/(n₁ + n₂).
     */
    static Change ofProportions(long beforeHits, long beforeTotal, long nowHits, long nowTotal) {
        var previous = Counts.percent(beforeHits, beforeTotal);
        var current = Counts.percent(nowHits, nowTotal);
        if (previous == null || current == null) {
            return between(previous, current, null);
        }
        var pooled = (double) (beforeHits + nowHits) / (beforeTotal + nowTotal);
        var standardError = 100 * Math.sqrt(pooled * (1 - pooled) * (1.0 / beforeTotal + 1.0 / nowTotal));
        return between(previous, current, Math.abs(current - previous) > Counts.Z95 * standardError);
    }
}
