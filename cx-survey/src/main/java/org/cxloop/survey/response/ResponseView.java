package org.cxloop.survey.response;

import java.time.Instant;

/** A stored answer as the API shows it. */
public record ResponseView(
        long id,
        String customer,
        String touchpoint,
        SurveyType surveyType,
        int score,
        String comment,
        Instant respondedAt,
        ResponseSource source,
        String idempotencyKey,
        String variant) {
}
