package org.cxloop.survey.followup;

/**
 * A follow-up case was opened for a customer's answer or feedback, published inside the transaction that stored it so
 * reactions (a webhook delivery, say) commit or roll back with the case.
 *
 * @param responseId the answer that opened it, or null when feedback did
 * @param feedbackId the feedback that opened it, or null when an answer did
 */
public record CaseOpened(long caseId, Long responseId, Long feedbackId) {
}
