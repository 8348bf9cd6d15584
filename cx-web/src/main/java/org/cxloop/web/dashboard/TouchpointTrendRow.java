package org.cxloop.web.dashboard;

import java.time.LocalDate;
import org.cxloop.metrics.ScoresPoint;
import org.cxloop.metrics.score.Ces;
import org.cxloop.metrics.score.Csat;
import org.cxloop.metrics.score.Nps;

/**
 * One week or month of a touchpoint's history: NPS, CSAT and CES with their sample sizes and margins of error at
 * 95 % confidence. CES has its margin from the answers' standard deviation, 1.96 × s / √n, once two have answered.
 */
public record TouchpointTrendRow(String period, LocalDate from, LocalDate to, Nps nps, Csat csat, Ces ces) {

    static final double Z95 = 1.96;

    static TouchpointTrendRow of(ScoresPoint point) {
        var scores = point.scores();
        return new TouchpointTrendRow(point.period(), point.from(), point.to(), scores.nps(), scores.csat(), scores.ces());
    }

    public Double cesMargin() {
        return ces.standardDeviation() == null ? null : Z95 * ces.standardDeviation() / Math.sqrt(ces.responses());
    }

    public boolean hasAnswers() {
        return nps.responses() + csat.responses() + ces.responses() > 0;
    }
}
