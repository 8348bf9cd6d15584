package org.cxloop.survey.webhook;

/** A newly registered endpoint with its signing secret, which is shown this once. */
public record IssuedWebhook(WebhookView endpoint, String secret) {
}
