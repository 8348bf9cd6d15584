package org.cxloop.survey.voice;

import java.util.List;

/**
 * What the local analysis reads in a comment: its language ("en" or "es"), sentiment with its score on -1..1, and the
 * codes of the topics it mentions.
 */
public record CommentAnalysis(String language, Sentiment sentiment, double score, List<String> topics) {
}
