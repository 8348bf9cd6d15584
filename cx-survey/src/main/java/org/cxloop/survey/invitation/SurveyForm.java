package org.cxloop.survey.invitation;

import java.util.Map;

/**
 * What a customer sent from the survey page, as typed: the score (missing or not a number when nothing was chosen),
 * the comment, and every other field of the form (the extra questions are fields q1 to q5).
 */
public record SurveyForm(String score, String comment, Map<String, String> fields) {

    public SurveyForm {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }
}
