package org.cxloop.metrics;

/**
 * Where a score sits on its own scale: low (NPS 0–6, CSAT 1–2, CES 1–3, the answers that open follow-up cases),
 * middle (NPS 7–8, CSAT 3, CES 4) or high (NPS 9–10, CSAT 4–5, CES 5–7).
 */
public enum ScoreBand {
    LOW("(e.survey_type = 'NPS' and e.score <= 6) or (e.survey_type = 'CSAT' and e.score <= 2) or (e.survey_type = 'CES' and e.score <= 3)"),
    MIDDLE("(e.survey_type = 'NPS' and e.score between 7 and 8) or (e.survey_type = 'CSAT' and e.score = 3) or (e.survey_type = 'CES' and e.score = 4)"),
    HIGH("(e.survey_type = 'NPS' and e.score >= 9) or (e.survey_type = 'CSAT' and e.score >= 4) or (e.survey_type = 'CES' and e.score >= 5)");

    private final String condition;

    ScoreBand(String condition) {
        this.condition = condition;
    }

    String condition() {
        return condition;
    }
}
