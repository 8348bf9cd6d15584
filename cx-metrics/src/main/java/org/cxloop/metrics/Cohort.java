package org.cxloop.metrics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The customers who joined in one month, and how many of them were still active at the end of each month after. */
public record Cohort(YearMonth month, long size, List<Month> months) {

    /**
     * The cohort that joined in {@code month}, followed up to {@code last}, from its customers counted per month they
     * churned in (a null month: still active).
     */
    static Cohort of(YearMonth month, YearMonth last, Map<YearMonth, Long> byChurnMonth) {
        var size = byChurnMonth.values().stream().mapToLong(Long::longValue).sum();
        var months = new ArrayList<Month>();
        for (int k = 0; !month.plusMonths(k).isAfter(last); k++) {
            var end = month.plusMonths(k);
            // churned on or before the last day of month k: not active on that day
            var gone = byChurnMonth.entrySet().stream()
                    .filter(e -> e.getKey() != null && !e.getKey().isAfter(end))
                    .mapToLong(Map.Entry::getValue).sum();
            var active = size - gone;
            months.add(new Month(k, end, active, size == 0 ? null : 100.0 * active / size));
        }
        return new Cohort(month, size, List.copyOf(months));
    }

    /**
     * Month {@code k} after the cohort month (0 is the cohort month itself): customers active on its last day and
     * their share of the cohort × 100, null for an empty cohort.
     */
    public record Month(int k, YearMonth month, long active, Double share) {
    }
}
