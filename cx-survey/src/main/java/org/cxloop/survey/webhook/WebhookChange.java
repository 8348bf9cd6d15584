package org.cxloop.survey.webhook;

import java.util.Set;

/** What an admin may change on a registered endpoint: where it is, what it hears, and whether it is on. */
public record WebhookChange(String url, Set<WebhookEvent> events, boolean active) {
}
