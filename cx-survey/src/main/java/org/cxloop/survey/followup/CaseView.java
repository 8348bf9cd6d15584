package org.cxloop.survey.followup;

import java.time.Instant;
import org.cxloop.core.Channel;
import org.cxloop.survey.feedback.FeedbackKind;
import org.cxloop.survey.response.SurveyType;

/**
 * A follow-up case as the queue and the case page show it: the customer, the answer or the feedback that opened it,
 * its owner and where it stands. A case opened by feedback has no survey type; its score is the feedback's rating (on
 * {@code ratingScale}), or null without one, and its touchpoint may be null. A case is overdue while nobody has contacted the customer and its due time has passed. The
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
        Integer score,
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
        boolean customerMailable,
        Long responseId,
        Long feedbackId,
        FeedbackKind feedbackKind,
        Channel feedbackChannel,
        Integer ratingScale) {

    public boolean fromFeedback() {
        return feedbackId != null;
    }

    /** "NPS 3" for an answer; "REVIEW 1/5" (or "REVIEW" without a rating) for feedback, in mails and webhooks. */
    public String scoreLabel() {
        if (!fromFeedback()) {
            return surveyType + " " + score;
        }
        return feedbackKind + (score == null ? "" : " " + score + "/" + ratingScale);
    }
}
