package org.cxloop.metrics;

import java.time.Instant;
import java.util.List;
import org.cxloop.core.Channel;
import org.cxloop.survey.feedback.FeedbackKind;
import org.cxloop.survey.response.SurveyType;
import org.cxloop.survey.voice.CommentSource;
import org.cxloop.survey.voice.Sentiment;

/**
 * One comment as the comments page shows it: where it came from (a survey answer, or feedback from another channel),
 * its score or rating, where and from whom, and its analysis (sentiment and topic codes, whether a person corrected
 * them). Sentiment is null until the comment is analysed. A survey comment has a survey type and a score; feedback has
 * a kind, a channel and optionally a rating on {@code ratingScale}, and may name no touchpoint or customer.
 *
 * @param id the survey response's id, or the feedback's id
 */
public record CommentEntry(long id, CommentSource source, Instant respondedAt, SurveyType surveyType, Integer score,
        Integer ratingScale, FeedbackKind feedbackKind, Channel channel, String comment, String touchpoint,
        String touchpointName, String customer, String language, Sentiment sentiment, boolean corrected,
        String correctedBy, List<String> topics) {

    public boolean fromSurvey() {
        return source == CommentSource.SURVEY;
    }

    /** Where the score or rating sits on its scale: "low", "middle" or "high"; null for feedback without a rating. */
    public String band() {
        if (score == null) {
            return null;
        }
        if (surveyType == null) {
            return ratingScale == 5 ? (score <= 2 ? "low" : score == 3 ? "middle" : "high")
                    : (score <= 6 ? "low" : score <= 8 ? "middle" : "high");
        }
        return switch (surveyType) {
            case NPS -> score >= 9 ? "high" : score >= 7 ? "middle" : "low";
            case CSAT -> score >= 4 ? "high" : score == 3 ? "middle" : "low";
            case CES -> score >= 5 ? "high" : score == 4 ? "middle" : "low";
        };
    }

    CommentEntry withTopics(List<String> codes) {
        return new CommentEntry(id, source, respondedAt, surveyType, score, ratingScale, feedbackKind, channel, comment,
                touchpoint, touchpointName, customer, language, sentiment, corrected, correctedBy, codes);
    }
}
