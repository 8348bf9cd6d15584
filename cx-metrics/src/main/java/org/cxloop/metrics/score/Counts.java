package org.cxloop.metrics.score;

/** Checks on the counts the figures are built from, and the 95 % two-sided critical value they share. */
final class Counts {

    /** The critical value of the standard normal distribution for 95 % confidence, as the definitions state it. */
    static final double Z95 = 1.96;

    private Counts() {
    }

    static void requireCount(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " cannot be negative, was " + value);
        }
    }

    static void requirePart(String part, long value, String whole, long total) {
        requireCount(part, value);
        if (value > total) {
            throw new IllegalArgumentException(part + " (" + value + ") cannot exceed " + whole + " (" + total + ")");
        }
    }

    /** 100 × part / whole, or null when the whole is empty. */
    static Double percent(long part, long whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }
}
