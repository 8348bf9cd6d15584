package org.cxloop.web.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.cxloop.metrics.JourneyMapFigures;

/**
 * Where the emotion curve's points fall in an SVG drawn server-side: one point per stage column that has CSAT
 * answers, centred over the column, high for a mean CSAT of 5 and low for 1. Consecutive points are joined by a
 * line; a stage without answers breaks it.
 */
public record EmotionCurve(List<Point> points, List<String> lines, List<Guide> guides) {

    static final int WIDTH = 1000;
    static final int HEIGHT = 170;
    private static final double TOP = 22;
    private static final double BOTTOM = 150;

    /** A stage's point; mean is its mean CSAT on 1–5 and responses the number of CSAT answers. */
    public record Point(String x, String y, String labelY, String stage, double mean, long responses) {
    }

    /** A horizontal line at a score of the CSAT scale. */
    public record Guide(int score, String y) {
    }

    static EmotionCurve of(JourneyMapFigures figures) {
        var stages = figures.stages();
        var columnWidth = (double) WIDTH / Math.max(1, stages.size());
        var points = new ArrayList<Point>();
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (int i = 0; i < stages.size(); i++) {
            var mean = stages.get(i).scores().meanCsat();
            if (mean.mean() == null) {
                addLine(lines, line);
                continue;
            }
            var x = coordinate((i + 0.5) * columnWidth);
            var y = y(mean.mean());
            points.add(new Point(x, coordinate(y), coordinate(y - 9), stages.get(i).name(), mean.mean(), mean.responses()));
            line.append(line.isEmpty() ? "" : " ").append(x).append(',').append(coordinate(y));
        }
        addLine(lines, line);
        var guides = IntStream.rangeClosed(1, 5).mapToObj(score -> new Guide(score, coordinate(y(score)))).toList();
        return new EmotionCurve(List.copyOf(points), List.copyOf(lines), guides);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    /** A line needs two points; a lone point shows as its dot. */
    private static void addLine(List<String> lines, StringBuilder line) {
        if (line.indexOf(" ") > 0) {
            lines.add(line.toString());
        }
        line.setLength(0);
    }

    private static double y(double mean) {
        return TOP + (5 - mean) / 4 * (BOTTOM - TOP);
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
