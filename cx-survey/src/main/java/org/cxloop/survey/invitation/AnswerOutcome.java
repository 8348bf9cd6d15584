package org.cxloop.survey.invitation;

/** What became of an answer given through a link. */
public enum AnswerOutcome {
    /** Stored: the one answer of this invitation. */
    RECORDED,
    /** The invitation had its answer already; nothing new was stored. */
    ALREADY_ANSWERED,
    /** The link expired before the answer came. */
    EXPIRED,
    /** The token is not genuine. */
    INVALID
}
