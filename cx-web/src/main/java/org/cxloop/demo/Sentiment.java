package org.cxloop.demo;

import org.cxloop.survey.response.SurveyType;

/** How an answer feels: the promoter, passive and detractor bands of NPS, and their like for CSAT and CES. */
enum Sentiment {
    POSITIVE, NEUTRAL, NEGATIVE;

    static Sentiment of(SurveyType type, int score) {
        return switch (type) {
            case NPS -> score >= 9 ? POSITIVE : score >= 7 ? NEUTRAL : NEGATIVE;
            case CSAT -> score >= 4 ? POSITIVE : score == 3 ? NEUTRAL : NEGATIVE;
            case CES -> score >= 6 ? POSITIVE : score >= 4 ? NEUTRAL : NEGATIVE;
        };
    }
}
