package org.cxloop.demo;

import java.time.Instant;
import org.cxloop.survey.response.SurveyType;

/** A generated survey answer of a customer (by external id) about a touchpoint (by code). */
record DemoResponse(String customer, String touchpoint, SurveyType type, int score, String comment,
        Instant respondedAt) {
}
