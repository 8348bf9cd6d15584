package org.cxloop.survey.invitation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cxloop.core.InvalidInputException;
import org.cxloop.survey.definition.ExtraQuestion;

/**
 * Checks the answers to a survey's extra questions as they arrive from the public page (form field {@code q1} for
 * the first question): a required question must be answered, a choice must name one of its options. Answers to
 * questions the survey does not have are ignored.
 */
final class ExtraAnswers {

    static final int MAX_TEXT = 2000;

    /** One checked answer: the option's index for a single choice, or the text. */
    record Checked(Integer choice, String text) {
    }

    private ExtraAnswers() {
    }

    static Map<Integer, Checked> check(List<ExtraQuestion> questions, Map<Integer, String> given) {
        var checked = new TreeMap<Integer, Checked>();
        for (var i = 0; i < questions.size(); i++) {
            var position = i + 1;
            var question = questions.get(i);
            var field = "q" + position;
            var raw = given.get(position);
            var value = raw == null || raw.isBlank() ? null : raw.strip();
            if (value == null) {
                if (question.required()) {
                    throw new InvalidInputException(field, "respond.question.required", "Answer question " + position + ".");
                }
                continue;
            }
            if (question.choice()) {
                var index = value.matches("\\d{1,2}") ? Integer.parseInt(value) : -1;
                if (index < 0 || index >= question.optionsEn().size()) {
                    throw new InvalidInputException(field, "respond.question.option", "Choose one of the options of question " + position + ".");
                }
                checked.put(position, new Checked(index, null));
            } else {
                if (value.length() > MAX_TEXT) {
                    throw new InvalidInputException(field, "respond.question.size",
                            "An answer can have at most " + MAX_TEXT + " characters.");
                }
                checked.put(position, new Checked(null, value));
            }
        }
        return checked;
    }
}
