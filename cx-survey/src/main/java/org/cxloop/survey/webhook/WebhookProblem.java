package org.cxloop.survey.webhook;

/** Something wrong with an endpoint as typed: the field, a message code the UI translates, and English text. */
public record WebhookProblem(String field, String code, String message) {
}
