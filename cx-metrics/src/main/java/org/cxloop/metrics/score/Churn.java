package org.cxloop.metrics.score;

/**
 * Churn over a period: of the customers active the day before it starts (S), the share whose churn date falls in
 * the period (L); rate = 100 × L / S, null when there was nobody at the start.
 */
public record Churn(Double rate, long customersAtStart, long churned) {

    public Churn {
        Counts.requirePart("churned", churned, "customersAtStart", customersAtStart);
    }

    public static Churn of(long customersAtStart, long churned) {
        Counts.requirePart("churned", churned, "customersAtStart", customersAtStart);
        return new Churn(Counts.percent(churned, customersAtStart), customersAtStart, churned);
    }

    /** How the churn rate moved since {@code before}, tested with the pooled two-proportion z-test. */
    public Change changeSince(Churn before) {
        return Change.ofProportions(before.churned, before.customersAtStart, churned, customersAtStart);
    }

    /**
     * How retention moved since {@code before}: the same customers at the start, those not lost being the ones kept
     * (retention = 100 − churn), tested with the pooled two-proportion z-test.
     */
    public Change retentionChangeSince(Churn before) {
        return Change.ofProportions(before.customersAtStart - before.churned, before.customersAtStart,
                customersAtStart - churned, customersAtStart);
    }
}
