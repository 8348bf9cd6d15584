package org.cxloop.survey.invitation;

import java.time.Instant;
import java.util.Locale;
import org.cxloop.survey.definition.SurveyDefinition;

/** What the public survey page needs to know about an invitation: never the customer's identity. */
public record InvitationView(
        long id,
        InvitationStatus status,
        Locale locale,
        SurveyDefinition survey,
        String touchpointName,
        boolean followUp,
        Instant expiresAt,
        Integer answeredScore,
        long surveyId) {

    InvitationView withSurvey(SurveyDefinition withQuestions) {
        return new InvitationView(id, status, locale, withQuestions, touchpointName, followUp, expiresAt, answeredScore, surveyId);
    }

    InvitationView withStatus(InvitationStatus changed) {
        return new InvitationView(id, changed, locale, survey, touchpointName, followUp, expiresAt, answeredScore, surveyId);
    }

    public boolean answered() {
        return status == InvitationStatus.ANSWERED;
    }
}
