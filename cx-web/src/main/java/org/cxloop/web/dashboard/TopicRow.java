package org.cxloop.web.dashboard;

import java.util.List;
import java.util.stream.IntStream;
import org.cxloop.metrics.TopicEntry;

/**
 * A topic as the topics view shows it: its name, figures, whether its NPS rests on too few answers, and its mentions
 * per week or month as bars of a small SVG chart (drawn from attributes, as the content security policy forbids
 * inline styles).
 */
public record TopicRow(String name, TopicEntry entry, boolean npsUnreliable, List<Bar> bars) {

    static final int WIDTH = 120;
    static final int HEIGHT = 28;

    static TopicRow of(String name, TopicEntry entry) {
        var points = entry.trend();
        var peak = Math.max(1, entry.peak());
        var width = (double) WIDTH / Math.max(1, points.size());
        var bars = IntStream.range(0, points.size()).mapToObj(i -> {
            var count = points.get(i).responses();
            var height = count == 0 ? 1 : Math.max(2, (HEIGHT - 2) * count / (double) peak);
            return new Bar(round(i * width), round(HEIGHT - height), round(Math.max(1, width - 1)), round(height),
                    points.get(i).period(), count);
        }).toList();
        return new TopicRow(name, entry, entry.nps().responses() < BreakdownRow.RELIABLE, bars);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** One week's or month's mentions: where its bar sits and what it counts. */
    public record Bar(double x, double y, double width, double height, String period, long count) {
    }
}
