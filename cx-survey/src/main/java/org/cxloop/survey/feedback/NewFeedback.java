package org.cxloop.survey.feedback;

import java.time.Instant;

/**
 * Feedback as it arrives: its kind and channel (names of {@link FeedbackKind} and {@link org.cxloop.core.Channel}),
 * optionally the customer (external id) and touchpoint (code) it is about, optionally a rating on a scale of 5 (1–5)
 * or 10 (0–10), its text, when it was given, who wrote it and where it can be read, and the sender's reference that
 * makes a repeated delivery harmless.
 */
public record NewFeedback(
        String kind,
        String channel,
        String customerExternalId,
        String touchpoint,
        Integer rating,
        Integer ratingScale,
        String text,
        Instant occurredAt,
        String author,
        String link,
        String externalRef) {
}
