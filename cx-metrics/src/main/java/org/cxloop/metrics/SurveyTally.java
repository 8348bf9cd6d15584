package org.cxloop.metrics;

import org.cxloop.metrics.score.Ces;
import org.cxloop.metrics.score.Csat;
import org.cxloop.metrics.score.MeanCsat;
import org.cxloop.metrics.score.Nps;

/**
 * Additive counts of survey answers, so the counts of several touchpoints add up to those of the stage column they
 * sit in; {@link #scores()} turns them into figures.
 */
record SurveyTally(long npsResponses, long promoters, long detractors, long csatResponses, long satisfied, long csatSum,
        long cesResponses, long cesSum, long cesSumOfSquares, long cesEasy) {

    static final SurveyTally NONE = new SurveyTally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    SurveyTally plus(SurveyTally other) {
        return new SurveyTally(npsResponses + other.npsResponses, promoters + other.promoters,
                detractors + other.detractors, csatResponses + other.csatResponses, satisfied + other.satisfied,
                csatSum + other.csatSum, cesResponses + other.cesResponses, cesSum + other.cesSum,
                cesSumOfSquares + other.cesSumOfSquares, cesEasy + other.cesEasy);
    }

    CardScores scores() {
        return new CardScores(Nps.of(promoters, detractors, npsResponses), Csat.of(satisfied, csatResponses),
                MeanCsat.of(csatSum, csatResponses), Ces.of(cesSum, cesSumOfSquares, cesEasy, cesResponses));
    }
}
