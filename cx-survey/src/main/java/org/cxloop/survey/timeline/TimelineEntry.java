package org.cxloop.survey.timeline;

import java.time.Instant;
import org.cxloop.core.Channel;
import org.cxloop.survey.response.SurveyType;

/**
 * One thing that happened with a customer, at a touchpoint and on a channel.
 *
 * @param id the interaction's, invitation's, answer's or case's id
 * @param title the campaign an invitation came from, or the rule that opened a case; null otherwise
 * @param state where it stands: an invitation's delivery state, a case's status, an answer's source, or how an
 *        interaction was resolved ({@code FIRST_CONTACT}, {@code RESOLVED}, {@code OPEN})
 * @param surveyType the survey an invitation, answer or case is about; null for an interaction
 * @param score an answer's or case's score; null otherwise
 * @param comment an answer's comment, when it has one
 */
public record TimelineEntry(Kind kind, Instant at, long id, String touchpointCode, String touchpointName, Channel channel,
        String title, String state, SurveyType surveyType, Integer score, String comment) {

    public enum Kind { INTERACTION, INVITATION, ANSWER, CASE }
}
