package org.cxloop.survey.response;

/** The three standard CX questions and the scale each is answered on. */
public enum SurveyType {
    /** Net Promoter Score: likelihood to recommend, 0 to 10. */
    NPS(0, 10),
    /** Customer satisfaction, 1 to 5. */
    CSAT(1, 5),
    /** Customer effort: "the company made it easy to handle my issue", 1 to 7. */
    CES(1, 7);

    private final int min;
    private final int max;

    SurveyType(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public boolean accepts(int score) {
        return score >= min && score <= max;
    }

    /** The score a form field holds if it is one this scale has (one or two digits), else null. */
    public Integer scoreIn(String typed) {
        if (typed == null || typed.length() > 2 || typed.isEmpty() || !typed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        var value = Integer.parseInt(typed);
        return accepts(value) ? value : null;
    }

    /** The answers that call for a personal follow-up: NPS 0–6, CSAT 1–2, CES 1–3. */
    public boolean isDetractor(int score) {
        return switch (this) {
            case NPS -> score <= 6;
            case CSAT -> score <= 2;
            case CES -> score <= 3;
        };
    }
}
