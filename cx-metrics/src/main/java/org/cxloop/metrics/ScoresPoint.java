package org.cxloop.metrics;

import java.time.LocalDate;

/**
 * NPS, CSAT and CES over one week (2026-W03) or month (2026-01) of a period, with their sample sizes and margins of
 * error; {@code from} and {@code to} are the days it covers within the asked period.
 */
public record ScoresPoint(String period, LocalDate from, LocalDate to, SurveyScores scores) {
}
