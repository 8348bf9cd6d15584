package org.cxloop.survey.feedback;

/** The stored feedback, and whether this call stored it (false: its external reference was known already). */
public record Received(FeedbackView feedback, boolean created) {
}
