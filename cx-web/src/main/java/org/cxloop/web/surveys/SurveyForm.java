package org.cxloop.web.surveys;

import org.cxloop.survey.definition.SurveyDefinition;
import org.cxloop.survey.response.SurveyType;

/** The survey form, prefilled with the standard wording of the chosen type. */
record SurveyForm(String name, SurveyType type, String questionEn, String questionEs, String commentPromptEn,
        String commentPromptEs) {

    static SurveyForm standard(SurveyType type) {
        var definition = SurveyDefinition.standard("", type);
        return new SurveyForm("", type, definition.questionEn(), definition.questionEs(), definition.commentPromptEn(),
                definition.commentPromptEs());
    }

    SurveyDefinition definition() {
        return new SurveyDefinition(name, type, questionEn, questionEs, commentPromptEn, commentPromptEs);
    }
}
