package org.cxloop.metrics.score;

/**
 * Customer retention over a period: rate = 100 × (E − N) / S, where S is the customers active the day before the
 * period starts, E those active on its last day and N the customers acquired in the period who are among E. A
 * customer acquired and lost inside the period ({@code acquiredAndLost}) is in neither E nor N, so it neither counts
 * as retained nor lowers the rate: the rate is the share of S still active at the end, and churn + retention = 100.
 * Null when S is 0.
 */
public record Retention(Double rate, long acquired, long acquiredAndLost, long customersAtEnd) {

    public Retention {
        Counts.requirePart("acquiredAndLost", acquiredAndLost, "acquired", acquired);
        Counts.requireCount("customersAtEnd", customersAtEnd);
    }

    public static Retention of(long customersAtStart, long acquired, long acquiredAndLost, long customersAtEnd) {
        Counts.requireCount("customersAtStart", customersAtStart);
        Counts.requirePart("acquiredAndLost", acquiredAndLost, "acquired", acquired);
        Counts.requireCount("customersAtEnd", customersAtEnd);
        var newcomersAtEnd = acquired - acquiredAndLost;
        if (customersAtEnd < newcomersAtEnd) {
            throw new IllegalArgumentException("customersAtEnd (" + customersAtEnd
                    + ") cannot be below the customers acquired and still there (" + newcomersAtEnd + ")");
        }
        var retained = customersAtEnd - newcomersAtEnd;
        if (retained > customersAtStart) {
            throw new IllegalArgumentException("customersAtEnd (" + customersAtEnd
                    + ") cannot exceed customersAtStart + customers acquired and still there ("
                    + (customersAtStart + newcomersAtEnd) + ")");
        }
        var rate = customersAtStart == 0 ? null : 100.0 * retained / customersAtStart;
        return new Retention(rate, acquired, acquiredAndLost, customersAtEnd);
    }
}
