package org.cxloop.web.dashboard;

import org.cxloop.metrics.score.Nps;

/** Promoters, passives and detractors as shares of the NPS answers (0–100), for the stacked bar and its legend. */
public record NpsSplit(long promoters, long passives, long detractors, long responses) {

    static NpsSplit of(Nps nps) {
        return new NpsSplit(nps.promoters(), nps.passives(), nps.detractors(), nps.responses());
    }

    public double promoterShare() {
        return share(promoters);
    }

    public double passiveShare() {
        return share(passives);
    }

    public double detractorShare() {
        return share(detractors);
    }

    private double share(long part) {
        return responses == 0 ? 0 : 100.0 * part / responses;
    }
}
