package org.cxloop.survey.webhook;

/** How a delivery's body looks: CX Loop's signed JSON envelope, or a Slack-compatible incoming-webhook message. */
public enum WebhookFormat {
    JSON, SLACK
}
