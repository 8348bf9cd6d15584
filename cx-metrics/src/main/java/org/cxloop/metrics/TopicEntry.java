package org.cxloop.metrics;

import java.util.List;
import org.cxloop.metrics.score.Nps;

/**
 * A topic in a period: how many comments mention it (and in the previous period of the same length), how many of
 * those are negative, the NPS of the customers who mention it (their NPS answers in the period), and its mentions
 * per week or month.
 */
public record TopicEntry(String code, long mentions, long previousMentions, long negative, Nps nps, List<TrendPoint> trend) {

    /** The share of mentions that are negative, 0..100; null without mentions. */
    public Double negativeShare() {
        return mentions == 0 ? null : 100.0 * negative / mentions;
    }

    /** How the mentions moved since the previous period, in per cent; null when there were none before. */
    public Double change() {
        return previousMentions == 0 ? null : 100.0 * (mentions - previousMentions) / previousMentions;
    }

    /** The most mentions in one week or month, for drawing the trend to scale. */
    public long peak() {
        return trend.stream().mapToLong(TrendPoint::responses).max().orElse(0);
    }
}
