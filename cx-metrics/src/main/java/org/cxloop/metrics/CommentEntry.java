package org.cxloop.metrics;

import java.time.Instant;
import java.util.List;
import org.cxloop.survey.response.SurveyType;
import org.cxloop.survey.voice.Sentiment;

/**
 * One comment as the comments page shows it: the answer it came with, where and from whom, and its analysis
 * (sentiment and topic codes, whether a person corrected them). Sentiment is null until the comment is analysed.
 */
public record CommentEntry(long responseId, Instant respondedAt, SurveyType surveyType, int score, String comment,
        String touchpoint, String touchpointName, String customer, String language, Sentiment sentiment, boolean corrected,
        String correctedBy, List<String> topics) {
}
