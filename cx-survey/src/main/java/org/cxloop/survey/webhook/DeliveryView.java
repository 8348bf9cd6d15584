package org.cxloop.survey.webhook;

import java.time.Instant;

/** One delivery in the log: which event went (or goes) to which endpoint, and how the tries went. */
public record DeliveryView(
        long id,
        long endpointId,
        String endpointName,
        WebhookEvent event,
        String eventId,
        DeliveryStatus status,
        int attempts,
        Integer lastStatusCode,
        String lastError,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant deliveredAt) {
}
