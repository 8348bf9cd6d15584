package org.cxloop.metrics;

import org.cxloop.metrics.score.Ces;
import org.cxloop.metrics.score.Csat;
import org.cxloop.metrics.score.Nps;

/** The survey figures of one touchpoint, stage, channel or segment; a null key gathers customers without segment. */
public record BreakdownEntry(String key, Nps nps, Csat csat, Ces ces) {

    static BreakdownEntry of(String key, SurveyScores scores) {
        return new BreakdownEntry(key, scores.nps(), scores.csat(), scores.ces());
    }
}
