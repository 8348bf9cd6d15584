package org.cxloop.survey.webhook;

import java.time.Instant;
import java.util.Set;

/**
 * A registered endpoint, without its secrets, and how its deliveries stand. {@code secretRotatedAt} is null until the
 * secret is first rotated; {@code previousSecretUntil} is when the replaced secret stops signing (null: none).
 */
public record WebhookView(
        long id,
        String name,
        String url,
        WebhookFormat format,
        Set<WebhookEvent> events,
        boolean active,
        String createdBy,
        Instant createdAt,
        Instant secretRotatedAt,
        Instant previousSecretUntil,
        long pending,
        long failed) {

    /** Whether deliveries still carry a second signature made with the replaced secret at this instant. */
    public boolean signsWithPreviousSecretAt(Instant now) {
        return previousSecretUntil != null && now.isBefore(previousSecretUntil);
    }
}
