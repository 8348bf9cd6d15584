package org.cxloop.survey.definition;

import java.util.ArrayList;
import java.util.List;

/** What makes a survey's extra questions acceptable; every problem is reported with the form field it belongs to. */
final class QuestionRules {

    static final int MAX_QUESTIONS = 5;
    static final int MAX_TEXT = 300;
    static final int MIN_OPTIONS = 2;
    static final int MAX_OPTIONS = 10;
    static final int MAX_OPTION = 100;

    private QuestionRules() {
    }

    static List<InvalidQuestionsException.Problem> check(List<ExtraQuestion> questions) {
        var problems = new ArrayList<InvalidQuestionsException.Problem>();
        if (questions.size() > MAX_QUESTIONS) {
            problems.add(new InvalidQuestionsException.Problem("questions", "survey.questions.tooMany",
                    "A survey can have at most " + MAX_QUESTIONS + " extra questions."));
            return problems;
        }
        for (var i = 0; i < questions.size(); i++) {
            var question = questions.get(i);
            var field = "questions[" + i + "].";
            if (question.kind() == null) {
                problems.add(new InvalidQuestionsException.Problem(field + "kind", "survey.question.kind.required",
                        "Choose single choice or free text."));
                continue;
            }
            text(problems, field + "textEn", question.textEn());
            text(problems, field + "textEs", question.textEs());
            if (question.choice()) {
                options(problems, field + "optionsEn", question.optionsEn());
                options(problems, field + "optionsEs", question.optionsEs());
                if (question.optionsEn().size() != question.optionsEs().size()) {
                    problems.add(new InvalidQuestionsException.Problem(field + "optionsEs", "survey.question.options.sameCount",
                            "Give the same options in Spanish as in English, in the same order."));
                }
            } else if (!question.optionsEn().isEmpty() || !question.optionsEs().isEmpty()) {
                problems.add(new InvalidQuestionsException.Problem(field + "optionsEn", "survey.question.options.notForText",
                        "A free-text question has no options."));
            }
        }
        return problems;
    }

    private static void text(List<InvalidQuestionsException.Problem> problems, String field, String text) {
        if (text == null || text.isBlank()) {
            problems.add(new InvalidQuestionsException.Problem(field, "survey.question.text.required", "Write the question."));
        } else if (text.strip().length() > MAX_TEXT) {
            problems.add(new InvalidQuestionsException.Problem(field, "survey.question.text.size",
                    "A question can have at most " + MAX_TEXT + " characters."));
        }
    }

    private static void options(List<InvalidQuestionsException.Problem> problems, String field, List<String> options) {
        if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
            problems.add(new InvalidQuestionsException.Problem(field, "survey.question.options.count",
                    "Give from " + MIN_OPTIONS + " to " + MAX_OPTIONS + " options, one per line."));
        } else if (options.stream().anyMatch(o -> o.length() > MAX_OPTION)) {
            problems.add(new InvalidQuestionsException.Problem(field, "survey.question.options.size",
                    "An option can have at most " + MAX_OPTION + " characters."));
        }
    }
}
