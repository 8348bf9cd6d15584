package org.cxloop.web.dashboard;

import org.cxloop.metrics.score.Change;

/**
 * One KPI card: the figure (null without data), its margin of error where it has one, what its sample counts
 * ({@code responses} or {@code customers}) and how it moved since the previous period. The card shows values
 * rounded to {@code decimals}; {@code percent} adds the percent sign.
 */
public record Kpi(String name, Double value, Double marginOfError, long sampleSize, String sampleUnit, Change change,
        boolean higherIsBetter, int decimals, boolean percent) {

    public Double shownValue() {
        return rounded(value);
    }

    public Double shownMargin() {
        return rounded(marginOfError);
    }

    public Double shownDelta() {
        return change == null ? null : rounded(change.delta());
    }

    /** {@code up}, {@code down} or {@code flat} as shown after rounding; null when there is nothing to compare. */
    public String direction() {
        var delta = shownDelta();
        if (delta == null) {
            return null;
        }
        return delta > 0 ? "up" : delta < 0 ? "down" : "flat";
    }

    /** {@code significant}, {@code noise} (within noise) or null when the change could not be tested. */
    public String significance() {
        if (change == null || change.significant() == null) {
            return null;
        }
        return change.significant() ? "significant" : "noise";
    }

    /** {@code good} or {@code bad} for a significant move, {@code neutral} for anything within noise. */
    public String tone() {
        var direction = direction();
        if (!"significant".equals(significance()) || direction == null || direction.equals("flat")) {
            return "neutral";
        }
        return direction.equals("up") == higherIsBetter ? "good" : "bad";
    }

    private Double rounded(Double figure) {
        if (figure == null) {
            return null;
        }
        var scale = Math.pow(10, decimals);
        return Math.round(figure * scale) / scale + 0.0;
    }
}
