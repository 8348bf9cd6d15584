package org.cxloop.metrics;

import org.cxloop.survey.voice.CommentSource;
import org.cxloop.survey.voice.Sentiment;

/**
 * Which comments to list: the dashboard filter, words to find (case and accents ignored), and optionally one
 * sentiment, one topic (code), one score band and one source (null: survey comments and feedback); then which page
 * of how many.
 */
public record CommentQuery(MetricsFilter filter, String text, Sentiment sentiment, String topic, ScoreBand band, int page,
        int size, CommentSource source) {

    public static final int MAX_SIZE = 200;

    public CommentQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        topic = topic == null || topic.isBlank() ? null : topic.strip();
        page = Math.max(page, 0);
        size = Math.clamp(size, 1, MAX_SIZE);
    }

    /** Comments from surveys and feedback alike. */
    public CommentQuery(MetricsFilter filter, String text, Sentiment sentiment, String topic, ScoreBand band, int page,
            int size) {
        this(filter, text, sentiment, topic, band, page, size, null);
    }
}
