package org.cxloop.survey.response;

import java.time.Instant;

/** A comment left with an answer at one touchpoint, with the score it came with and who wrote it. */
public record TouchpointComment(long responseId, SurveyType surveyType, int score, String comment, Instant respondedAt,
        String customerExternalId, String customerName) {
}
