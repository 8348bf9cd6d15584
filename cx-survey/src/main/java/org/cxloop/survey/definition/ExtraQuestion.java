package org.cxloop.survey.definition;

import java.util.List;
import java.util.Locale;

/**
 * A question asked after the survey's scale: a single choice among options or free text, worded in English and
 * Spanish (the options too, in the same order), optional or required. Its position (1 to 5) is its place in the list.
 */
public record ExtraQuestion(QuestionKind kind, String textEn, String textEs, List<String> optionsEn,
        List<String> optionsEs, boolean required) {

    public ExtraQuestion {
        optionsEn = optionsEn == null ? List.of() : List.copyOf(optionsEn);
        optionsEs = optionsEs == null ? List.of() : List.copyOf(optionsEs);
    }

    public String text(Locale locale) {
        return "es".equals(locale.getLanguage()) ? textEs : textEn;
    }

    public List<String> options(Locale locale) {
        return "es".equals(locale.getLanguage()) ? optionsEs : optionsEn;
    }

    public boolean choice() {
        return kind == QuestionKind.CHOICE;
    }
}
