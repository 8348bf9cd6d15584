package org.cxloop.survey.followup;

/**
 * A follow-up case was opened for a customer's answer, published inside the answer's transaction so reactions
 * (a webhook delivery, say) commit or roll back with the case.
 */
public record CaseOpened(long caseId, long responseId) {
}
