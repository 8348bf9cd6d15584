package org.cxloop.survey.followup;

import org.cxloop.survey.response.SurveyType;

/**
 * The facts about one answer, or one piece of feedback, that follow-up rules look at. Feedback has no survey type or
 * campaign and may have no touchpoint; whether it is negative (a low rating, or without one a negative text) takes the
 * place of the detractor test.
 */
record Answer(Long touchpointId, Long campaignId, SurveyType type, Integer score, String comment, String segment,
        boolean negativeFeedback) {

    /** A survey answer. */
    Answer(long touchpointId, Long campaignId, SurveyType type, int score, String comment, String segment) {
        this(touchpointId, campaignId, type, score, comment, segment, false);
    }

    /** Feedback from another channel. */
    static Answer feedback(Long touchpointId, String text, String segment, boolean negative) {
        return new Answer(touchpointId, null, null, null, text, segment, negative);
    }

    boolean fromFeedback() {
        return type == null;
    }
}
