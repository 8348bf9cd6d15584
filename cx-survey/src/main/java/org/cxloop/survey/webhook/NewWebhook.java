package org.cxloop.survey.webhook;

import java.util.Set;

/** An endpoint as an admin registers it; a blank secret means "generate one". */
public record NewWebhook(String name, String url, String secret, Set<WebhookEvent> events, WebhookFormat format) {
}
