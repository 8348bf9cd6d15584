package org.cxloop.survey.voice;

/** Where a comment came from: a survey answer, or feedback from another channel (social, reviews, contact centre). */
public enum CommentSource {
    SURVEY, FEEDBACK
}
