package org.cxloop.metrics;

import org.cxloop.metrics.score.Ces;
import org.cxloop.metrics.score.Csat;
import org.cxloop.metrics.score.Nps;

/** The three survey figures over the same answers. */
public record SurveyScores(Nps nps, Csat csat, Ces ces) {
}
