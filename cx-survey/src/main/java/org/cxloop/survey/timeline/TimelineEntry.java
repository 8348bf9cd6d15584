package org.cxloop.survey.timeline;

import java.time.Instant;
import org.cxloop.core.Channel;
import org.cxloop.survey.response.SurveyType;

/**
 * One thing that happened with a customer, on a channel and usually at a touchpoint (feedback, and cases it opened, may
 * name none).
 *
 * @param id the interaction's, invitation's, answer's, feedback's or case's id
 * @param title the campaign an invitation came from, the rule that opened a case, or the kind of feedback; null otherwise
 * @param state where it stands: an invitation's delivery state, a case's status, an answer's source, how an
 *        interaction was resolved ({@code FIRST_CONTACT}, {@code RESOLVED}, {@code OPEN}), or a feedback rating's
 *        scale ("5", "10"; null without a rating)
 * @param surveyType the survey an invitation, answer or case is about; null for an interaction, feedback or its case
 * @param score an answer's or case's score, or a feedback's rating; null otherwise
 * @param comment an answer's comment or a feedback's text, when it has one
 */
public record TimelineEntry(Kind kind, Instant at, long id, String touchpointCode, String touchpointName, Channel channel,
        String title, String state, SurveyType surveyType, Integer score, String comment) {

    public enum Kind { INTERACTION, INVITATION, ANSWER, FEEDBACK, CASE }
}
