package org.cxloop.survey.followup;

import java.time.Instant;
import org.cxloop.survey.response.SurveyType;

/**
 * A follow-up case as the queue and the case page show it: the customer, the answer that opened it, its owner and
 * where it stands. A case is overdue while nobody has contacted the customer and its due time has passed. The
 * customer is mailable when they have an email address and have not opted out.
 */
public record CaseView(
        long id,
        CaseStatus status,
        CaseOutcome outcome,
        String customerExternalId,
        String customerName,
        String customerEmail,
        String touchpointName,
        String campaignName,
        SurveyType surveyType,
        int score,
        String comment,
        Instant respondedAt,
        String ruleName,
        Long ownerId,
        String ownerName,
        int slaHours,
        Instant openedAt,
        Instant dueAt,
        Instant firstContactAt,
        Instant closedAt,
        boolean overdue,
        boolean customerMailable) {
}
