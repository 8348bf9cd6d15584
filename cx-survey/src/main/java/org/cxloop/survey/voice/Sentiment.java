package org.cxloop.survey.voice;

/** How a comment feels about the experience. */
public enum Sentiment {
    POSITIVE, NEUTRAL, NEGATIVE
}
