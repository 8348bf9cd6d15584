package org.cxloop.metrics;

import org.cxloop.metrics.score.Ces;
import org.cxloop.metrics.score.Csat;
import org.cxloop.metrics.score.MeanCsat;
import org.cxloop.metrics.score.Nps;

/**
 * The live survey figures of one touchpoint card or one stage column of a journey map: NPS, CSAT (share of 4–5),
 * the mean CSAT on 1–5 and CES, each with its number of answers; null figures with count 0 when nobody answered.
 */
public record CardScores(Nps nps, Csat csat, MeanCsat meanCsat, Ces ces) {

    /** Whether any of the three surveys has an answer. */
    public boolean hasData() {
        return nps.responses() + csat.responses() + ces.responses() > 0;
    }
}
