package org.cxloop.survey.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When an outbox tries a failed delivery again (survey mail, follow-up mail, webhooks): it waits {@code firstWait}
 * after the first failed attempt and twice as long after each further one, at most {@code longestWait}, and gives up
 * once {@code maxAttempts} attempts have failed.
 */
public record RetryPolicy(Duration firstWait, Duration longestWait, int maxAttempts) {

    public RetryPolicy {
        if (firstWait.isNegative() || firstWait.isZero() || longestWait.compareTo(firstWait) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("A retry policy needs a positive first wait, a longest wait at least as"
                    + " long and at least one attempt: " + firstWait + ", " + longestWait + ", " + maxAttempts);
        }
    }

    /** When to try again after the given number of failed attempts (1 or more); empty once they have run out. */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant now) {
        return failedAttempts >= maxAttempts ? Optional.empty() : Optional.of(now.plus(waitAfter(failedAttempts)));
    }

    /** The wait after the given number of failed attempts (1 or more). */
    Duration waitAfter(int failedAttempts) {
        var wait = firstWait.multipliedBy(1L << Math.min(Math.max(failedAttempts, 1) - 1, 20));
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }
}
