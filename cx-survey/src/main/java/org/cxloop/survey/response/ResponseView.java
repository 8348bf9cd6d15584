package org.cxloop.survey.response;

import java.time.Instant;
import java.util.List;

/** A stored answer as the API shows it, with the answers to the survey's extra questions. */
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
        String variant,
        List<ExtraAnswer> answers) {
}
