package org.cxloop.survey.definition;

/** How an extra question is answered. */
public enum QuestionKind {
    /** One option out of a list. */
    CHOICE,
    /** Free text. */
    TEXT
}
