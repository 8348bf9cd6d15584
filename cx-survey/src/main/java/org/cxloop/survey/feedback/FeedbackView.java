package org.cxloop.survey.feedback;

import java.time.Instant;
import java.util.List;
import org.cxloop.core.Channel;
import org.cxloop.survey.voice.Sentiment;

/**
 * A stored piece of feedback with what the local analysis read in it (language, sentiment, topic codes; null and
 * empty until analysed).
 */
public record FeedbackView(
        long id,
        FeedbackKind kind,
        Channel channel,
        String customer,
        String touchpoint,
        Integer rating,
        Integer ratingScale,
        String text,
        Instant occurredAt,
        String author,
        String link,
        String externalRef,
        FeedbackOrigin origin,
        String language,
        Sentiment sentiment,
        List<String> topics) {
}
