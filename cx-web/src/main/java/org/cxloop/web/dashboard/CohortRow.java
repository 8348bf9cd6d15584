package org.cxloop.web.dashboard;

import java.time.YearMonth;
import java.util.List;
import org.cxloop.metrics.Cohort;

/** One row of the cohort heat map: the month customers joined, how many, and the share still active month by month. */
public record CohortRow(YearMonth month, long size, List<Cell> cells) {

    static CohortRow of(Cohort cohort) {
        return new CohortRow(cohort.month(), cohort.size(),
                cohort.months().stream().map(m -> new Cell(m.k(), m.active(), m.share())).toList());
    }

    /**
     * Month {@code k} after joining: customers still active and their share of the cohort (null for an empty one),
     * with the heat step 0–10 (tenths of the share) that colours the cell.
     */
    public record Cell(int k, long active, Double share) {

        public int heat() {
            return share == null ? 0 : (int) Math.max(0, Math.min(10, Math.floor(share / 10)));
        }
    }
}
