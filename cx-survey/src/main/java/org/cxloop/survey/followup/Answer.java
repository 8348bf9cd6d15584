package org.cxloop.survey.followup;

import org.cxloop.survey.response.SurveyType;

/** The facts about one answer that follow-up rules look at. */
record Answer(long touchpointId, Long campaignId, SurveyType type, int score, String comment, String segment) {
}
