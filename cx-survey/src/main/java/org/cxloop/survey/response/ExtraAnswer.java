package org.cxloop.survey.response;

import java.util.Locale;

/**
 * An answer to one of a survey's extra questions, with the question in both languages. For a single choice the
 * answer is the chosen option in each language; for free text it is the customer's text in both fields.
 */
public record ExtraAnswer(int position, boolean choice, String questionEn, String questionEs, String answerEn,
        String answerEs) {

    public String question(Locale locale) {
        return "es".equals(locale.getLanguage()) ? questionEs : questionEn;
    }

    public String answer(Locale locale) {
        return "es".equals(locale.getLanguage()) ? answerEs : answerEn;
    }
}
