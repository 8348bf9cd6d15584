package org.cxloop.metrics;

import org.cxloop.survey.voice.Sentiment;

/**
 * Which comments to list: the dashboard filter, words to find (case and accents ignored), and optionally one
 * sentiment, one topic (code) and one score band; then which page of how many.
 */
public record CommentQuery(MetricsFilter filter, String text, Sentiment sentiment, String topic, ScoreBand band, int page,
        int size) {

    public static final int MAX_SIZE = 200;

    public CommentQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        topic = topic == null || topic.isBlank() ? null : topic.strip();
        page = Math.max(page, 0);
        size = Math.clamp(size, 1, MAX_SIZE);
    }
}
