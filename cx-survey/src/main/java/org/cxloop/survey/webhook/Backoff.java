package org.cxloop.survey.webhook;

import java.time.Duration;

/** Exponential backoff: the first wait after one failed attempt, doubling with each further one, capped. */
record Backoff(Duration first, Duration longest) {

    /** The wait after the given number of failed attempts (1 or more). */
    Duration after(int failedAttempts) {
        var wait = first.multipliedBy(1L << Math.min(Math.max(failedAttempts, 1) - 1, 20));
        return wait.compareTo(longest) > 0 ? longest : wait;
    }
}
