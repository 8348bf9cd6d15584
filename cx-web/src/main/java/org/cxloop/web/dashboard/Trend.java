package org.cxloop.web.dashboard;

import java.util.List;
import org.cxloop.metrics.Granularity;
import org.cxloop.metrics.TrendPoint;

/**
 * A KPI's points over the period, weekly or monthly, for a chart and the table behind it, shown with
 * {@code decimals} decimals and, for percentages, the percent sign.
 */
public record Trend(String name, Granularity granularity, List<TrendPoint> points, int decimals, boolean percent) {

    public boolean hasData() {
        return points.stream().anyMatch(p -> p.value() != null);
    }

    /** True when a point with data rests on fewer answers (or customers) than a reliable figure needs. */
    public boolean hasSmallSamples() {
        return points.stream().anyMatch(p -> p.value() != null && p.responses() < BreakdownRow.RELIABLE);
    }

    /** The fewest answers (or customers) behind a point that the chart draws as solid. */
    public int reliable() {
        return BreakdownRow.RELIABLE;
    }

    public boolean weekly() {
        return granularity == Granularity.WEEK;
    }

    /** Weekly points for periods up to a quarter, monthly beyond. */
    static Granularity granularityFor(long days) {
        return days <= 92 ? Granularity.WEEK : Granularity.MONTH;
    }
}
