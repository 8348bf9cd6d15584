package org.cxloop.survey.feedback;

/** Where a piece of outside feedback comes from. */
public enum FeedbackKind {
    SOCIAL, REVIEW, CONTACT_CENTRE, OTHER
}
