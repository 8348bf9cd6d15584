package org.cxloop.metrics.score;

/**
 * Customer retention over a period: rate = 100 × (E − N) / S, where S is the customers active the day before the
 * period starts, N those acquired in the period and E those still active on its last day. Null when S is 0.
 * <p>
 * As defined, a customer acquired and lost inside the period counts in N but not in E, so it lowers the rate; the
 * rate and the churn rate then add up to less than 100.
 */
public record Retention(Double rate, long acquired, long customersAtEnd) {

    public Retention {
        Counts.requireCount("acquired", acquired);
        Counts.requireCount("customersAtEnd", customersAtEnd);
    }

    public static Retention of(long customersAtStart, long acquired, long customersAtEnd) {
        Counts.requireCount("customersAtStart", customersAtStart);
        Counts.requireCount("acquired", acquired);
        Counts.requireCount("customersAtEnd", customersAtEnd);
        if (customersAtEnd > customersAtStart + acquired) {
            throw new IllegalArgumentException("customersAtEnd (" + customersAtEnd
                    + ") cannot exceed customersAtStart + acquired (" + (customersAtStart + acquired) + ")");
        }
        var rate = customersAtStart == 0 ? null : 100.0 * (customersAtEnd - acquired) / customersAtStart;
        return new Retention(rate, acquired, customersAtEnd);
    }
}
