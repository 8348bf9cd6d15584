package org.cxloop.survey.response;

import java.time.Instant;

/**
 * A customer's answer was stored as it arrived (through an emailed link or the API), published inside the
 * transaction that stored it so reactions commit or roll back with it. Historical imports publish nothing.
 *
 * @param campaignId the campaign whose invitation was answered, or null for an answer from the API
 */
public record ResponseRecorded(
        long responseId,
        long customerId,
        long touchpointId,
        Long campaignId,
        SurveyType surveyType,
        int score,
        String comment,
        Instant respondedAt,
        ResponseSource source) {
}
