package org.cxloop.metrics.score;

/**
 * The mean time from an interaction to its resolution, in hours, over the resolved interactions; null when none
 * was resolved.
 */
public record ResolutionTime(Double averageHours, long resolved) {

    public ResolutionTime {
        Counts.requireCount("resolved", resolved);
    }

    /** The mean of {@code resolved} resolution times that add up to {@code totalSeconds}. */
    public static ResolutionTime of(double totalSeconds, long resolved) {
        Counts.requireCount("resolved", resolved);
        if (totalSeconds < 0) {
            throw new IllegalArgumentException("totalSeconds cannot be negative, was " + totalSeconds);
        }
        return new ResolutionTime(resolved == 0 ? null : totalSeconds / resolved / 3600, resolved);
    }
}
