package org.cxloop.survey.campaign;

import java.time.Instant;
import org.cxloop.survey.response.SurveyType;

/** A campaign with its survey's name and type and its touchpoint's code. */
public record CampaignView(
        long id,
        CampaignDetails details,
        String surveyName,
        SurveyType surveyType,
        String touchpointName,
        CampaignStatus status,
        Instant createdAt,
        Instant launchedAt) {
}
