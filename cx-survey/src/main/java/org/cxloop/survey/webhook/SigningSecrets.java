package org.cxloop.survey.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which secrets sign a delivery: the endpoint's current one and, for {@code cx.webhooks.secret-overlap} (default 24 h)
 * after a rotation, also the one it replaced, so a receiver can switch to the new secret without refusing deliveries.
 */
@Component
class SigningSecrets {

    private final Duration overlap;

    SigningSecrets(@Value("${cx.webhooks.secret-overlap:PT24H}") Duration overlap) {
        if (overlap.isNegative()) {
            throw new IllegalArgumentException("cx.webhooks.secret-overlap cannot be negative: " + overlap);
        }
        this.overlap = overlap;
    }

    /** When the replaced secret stops signing; null when there is none. */
    Instant previousValidUntil(String previous, Instant rotatedAt) {
        return previous == null || rotatedAt == null ? null : rotatedAt.plus(overlap);
    }

    /** The secrets that sign at {@code now}, the current one first. */
    List<String> at(Instant now, String current, String previous, Instant rotatedAt) {
        var until = previousValidUntil(previous, rotatedAt);
        return until != null && now.isBefore(until) ? List.of(current, previous) : List.of(current);
    }
}
