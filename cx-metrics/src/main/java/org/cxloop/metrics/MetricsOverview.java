package org.cxloop.metrics;

import org.cxloop.metrics.score.Ces;
import org.cxloop.metrics.score.Churn;
import org.cxloop.metrics.score.Csat;
import org.cxloop.metrics.score.FirstContactResolution;
import org.cxloop.metrics.score.Nps;
import org.cxloop.metrics.score.ResolutionTime;
import org.cxloop.metrics.score.Retention;

/** Every figure for one period and filter, with how each moved since the period before. */
public record MetricsOverview(Period period, Nps nps, Csat csat, Ces ces, Churn churn, Retention retention,
        FirstContactResolution fcr, ResolutionTime resolutionTime, PeriodChanges changes) {

    static MetricsOverview of(Period period, Figures now, Period previousPeriod, Figures before) {
        var changes = new PeriodChanges(previousPeriod,
                now.surveys().nps().changeSince(before.surveys().nps()),
                now.surveys().csat().changeSince(before.surveys().csat()),
                now.surveys().ces().changeSince(before.surveys().ces()),
                now.customers().churn().changeSince(before.customers().churn()),
                now.customers().churn().retentionChangeSince(before.customers().churn()));
        return new MetricsOverview(period, now.surveys().nps(), now.surveys().csat(), now.surveys().ces(),
                now.customers().churn(), now.customers().retention(),
                now.interactions().firstContactResolution(), now.interactions().resolutionTime(), changes);
    }

    /** The counted figures of one period, before they are compared. */
    record Figures(SurveyScores surveys, CustomerCounts.CustomerFigures customers,
            InteractionCounts.InteractionFigures interactions) {
    }
}
