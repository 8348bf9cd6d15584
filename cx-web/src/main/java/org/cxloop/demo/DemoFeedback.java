package org.cxloop.demo;

import java.time.Instant;

/**
 * A generated piece of feedback from another channel: its kind and channel, the customer (external id) and touchpoint
 * (code) it is about when known, a rating on {@code ratingScale} or none, its text, author, link and reference.
 */
record DemoFeedback(String kind, String channel, String customer, String touchpoint, Integer rating, Integer ratingScale,
        String text, Instant occurredAt, String author, String link, String externalRef) {
}
