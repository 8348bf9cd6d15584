package org.cxloop.survey.feedback;

import org.cxloop.survey.voice.Sentiment;

/**
 * Feedback arrived through the API and was stored and analysed, published in the transaction that stored it so
 * reactions (a follow-up case) commit or roll back with it. Imports and the demo data publish nothing.
 *
 * @param customerId null when the feedback names no customer
 * @param touchpointId null when it names no touchpoint
 * @param rating null without a rating; else on {@code ratingScale} (5 or 10)
 */
public record FeedbackReceived(long feedbackId, Long customerId, Long touchpointId, FeedbackKind kind, Integer rating,
        Integer ratingScale, String text, Sentiment sentiment) {

    /** A low rating (1–2 of 5, 0–6 of 10), or with no rating a negative text. */
    public boolean negative() {
        if (rating != null) {
            return ratingScale == 5 ? rating <= 2 : rating <= 6;
        }
        return sentiment == Sentiment.NEGATIVE;
    }
}
