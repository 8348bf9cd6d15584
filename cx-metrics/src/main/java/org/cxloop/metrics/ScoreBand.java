package org.cxloop.metrics;

/**
 * Where a score sits on its own scale: low (NPS 0–6, CSAT 1–2, CES 1–3, the answers that open follow-up cases),
 * middle (NPS 7–8, CSAT 3, CES 4) or high (NPS 9–10, CSAT 4–5, CES 5–7).
 */
public enum ScoreBand {
    LOW("(e.survey_type = 'NPS' and e.score <= 6) or (e.survey_type = 'CSAT' and e.score <= 2) or (e.survey_type = 'CES' and e.score <= 3)",
            "(e.rating_scale = 5 and e.rating <= 2) or (e.rating_scale = 10 and e.rating <= 6)"),
    MIDDLE("(e.survey_type = 'NPS' and e.score between 7 and 8) or (e.survey_type = 'CSAT' and e.score = 3) or (e.survey_type = 'CES' and e.score = 4)",
            "(e.rating_scale = 5 and e.rating = 3) or (e.rating_scale = 10 and e.rating between 7 and 8)"),
    HIGH("(e.survey_type = 'NPS' and e.score >= 9) or (e.survey_type = 'CSAT' and e.score >= 4) or (e.survey_type = 'CES' and e.score >= 5)",
            "(e.rating_scale = 5 and e.rating >= 4) or (e.rating_scale = 10 and e.rating >= 9)");

    private final String condition;
    private final String feedbackCondition;

    ScoreBand(String condition, String feedbackCondition) {
        this.condition = condition;
        this.feedbackCondition = feedbackCondition;
    }

    String condition() {
        return condition;
    }

    /** The same band for feedback ratings: 1–2, 3, 4–5 of 5 and 0–6, 7–8, 9–10 of 10; feedback without a rating has none. */
    String feedbackCondition() {
        return feedbackCondition;
    }
}
