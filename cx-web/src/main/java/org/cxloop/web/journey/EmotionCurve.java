package org.cxloop.web.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.cxloop.metrics.JourneyMapFigures;

/**
 * Where the emotion curve's points fall in an SVG drawn server-side: one point per stage column that has CSAT
 * answers, centred over the column, high for a mean CSAT of 5 and low for 1. Points of neighbouring stages are joined
 * by a line; a stage without answers breaks it. Across, positions are percentages of the chart's width and, up and
 * down, pixels of its fixed height: the chart stretches with the stage columns under it while its dots, lines and
 * labels keep their size, on a phone as on a wide screen.
 */
public record EmotionCurve(List<Point> points, List<Segment> segments, List<Guide> guides) {

    static final int HEIGHT = 170;
    private static final double TOP = 22;
    private static final double BOTTOM = 150;

    /** A stage's point (x a percentage, y in pixels); mean is its mean CSAT on 1–5 and responses the CSAT answers. */
    public record Point(String x, String y, String labelY, String stage, double mean, long responses) {
    }

    /** The line between the points of two neighbouring stages. */
    public record Segment(String x1, String y1, String x2, String y2) {
    }

    /** A horizontal line at a score of the CSAT scale. */
    public record Guide(int score, String y) {
    }

    static EmotionCurve of(JourneyMapFigures figures) {
        var stages = figures.stages();
        var columnWidth = 100.0 / Math.max(1, stages.size());
        var points = new ArrayList<Point>();
        var segments = new ArrayList<Segment>();
        Point previous = null;
        for (int i = 0; i < stages.size(); i++) {
            var mean = stages.get(i).scores().meanCsat();
            if (mean.mean() == null) {
                previous = null;
                continue;
            }
            var y = y(mean.mean());
            var point = new Point(percent((i + 0.5) * columnWidth), pixels(y), pixels(y - 11), stages.get(i).name(),
                    mean.mean(), mean.responses());
            if (previous != null) {
                segments.add(new Segment(previous.x(), previous.y(), point.x(), point.y()));
            }
            points.add(point);
            previous = point;
        }
        var guides = IntStream.rangeClosed(1, 5).mapToObj(score -> new Guide(score, pixels(y(score)))).toList();
        return new EmotionCurve(List.copyOf(points), List.copyOf(segments), guides);
    }

    public int height() {
        return HEIGHT;
    }

    private static double y(double mean) {
        return TOP + (5 - mean) / 4 * (BOTTOM - TOP);
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.2f%%", value);
    }

    private static String pixels(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
