package org.cxloop.web.surveys;

import java.util.Arrays;
import java.util.List;
import org.cxloop.survey.definition.ExtraQuestion;
import org.cxloop.survey.definition.QuestionKind;

/** One extra-question slot of the survey form; options are typed one per line. An untouched slot asks nothing. */
record QuestionForm(String kind, String textEn, String textEs, String optionsEn, String optionsEs, Boolean required) {

    static QuestionForm blank() {
        return new QuestionForm("", "", "", "", "", false);
    }

    boolean unused() {
        return blank(kind) && blank(textEn) && blank(textEs) && blank(optionsEn) && blank(optionsEs);
    }

    /** The question this slot describes; an unknown kind stays empty, for the rules to report next to the field. */
    ExtraQuestion question() {
        var chosen = Arrays.stream(QuestionKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
        return new ExtraQuestion(chosen, textEn, textEs, lines(optionsEn), lines(optionsEs), Boolean.TRUE.equals(required));
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
