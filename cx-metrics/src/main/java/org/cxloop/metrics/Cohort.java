package org.cxloop.metrics;

import java.time.YearMonth;
import java.util.List;

/** The customers who joined in one month, and how many of them were still active at the end of each month after. */
public record Cohort(YearMonth month, long size, List<Month> months) {

    /**
     * Month {@code k} after the cohort month (0 is the cohort month itself): customers active on its last day and
     * their share of the cohort × 100, null for an empty cohort.
     */
    public record Month(int k, YearMonth month, long active, Double share) {
    }
}
