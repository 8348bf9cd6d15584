package org.cxloop.survey.webhook;

import java.time.Instant;
import java.util.Set;

/** A registered endpoint, without its secret, and how its deliveries stand. */
public record WebhookView(
        long id,
        String name,
        String url,
        WebhookFormat format,
        Set<WebhookEvent> events,
        String createdBy,
        Instant createdAt,
        long pending,
        long failed) {
}
