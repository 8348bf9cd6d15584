package org.cxloop.web.dashboard;

import org.cxloop.metrics.score.Ces;
import org.cxloop.metrics.score.Csat;
import org.cxloop.metrics.score.Nps;

/**
 * One touchpoint, stage, channel or segment in a breakdown: its code (null for customers without a segment), the
 * name people read, and its figures. A figure from fewer than {@value #RELIABLE} answers is flagged as unreliable,
 * not hidden.
 */
public record BreakdownRow(String key, String name, Nps nps, Csat csat, Ces ces) {

    /** The fewest answers a figure needs before the dashboard stops flagging it as unreliable. */
    public static final int RELIABLE = 30;

    public boolean npsUnreliable() {
        return unreliable(nps.responses());
    }

    public boolean csatUnreliable() {
        return unreliable(csat.responses());
    }

    public boolean cesUnreliable() {
        return unreliable(ces.responses());
    }

    public long answers() {
        return nps.responses() + csat.responses() + ces.responses();
    }

    private static boolean unreliable(long responses) {
        return responses > 0 && responses < RELIABLE;
    }
}
