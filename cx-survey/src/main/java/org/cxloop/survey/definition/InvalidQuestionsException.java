package org.cxloop.survey.definition;

import java.util.List;

/** A survey's extra questions are not acceptable; each problem names its form field, so all show at once. */
public class InvalidQuestionsException extends RuntimeException {

    private final List<Problem> problems;

    InvalidQuestionsException(List<Problem> problems) {
        super(problems.getFirst().field() + ": " + problems.getFirst().message());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One problem: the field ({@code questions[0].textEn}), a message code and the English message. */
    public record Problem(String field, String code, String message) {
    }
}
