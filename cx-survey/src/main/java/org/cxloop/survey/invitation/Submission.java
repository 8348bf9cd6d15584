package org.cxloop.survey.invitation;

import java.util.Map;
import org.cxloop.core.InvalidInputException;

/**
 * What became of a survey page sent back: the invitation as the page should show it, the score and extra answers as
 * understood from the form, and either the outcome of storing the answer, or why nothing was stored — no valid
 * score chosen, or an answer refused ({@link #refusal()}) — so that the page can be shown again with the error.
 */
public record Submission(InvitationView invitation, Integer score, Map<Integer, String> extra, AnswerOutcome outcome,
        InvalidInputException refusal) {

    static Submission stored(InvitationView invitation, Integer score, Map<Integer, String> extra, AnswerOutcome outcome) {
        return new Submission(invitation, score, extra, outcome, null);
    }

    static Submission withoutScore(InvitationView invitation, Map<Integer, String> extra) {
        return new Submission(invitation, null, extra, null, null);
    }

    static Submission refused(InvitationView invitation, Integer score, Map<Integer, String> extra,
            InvalidInputException refusal) {
        return new Submission(invitation, score, extra, null, refusal);
    }

    /** True when the form came back without a valid score for an invitation not answered yet: nothing was stored. */
    public boolean scoreMissing() {
        return outcome == null && refusal == null;
    }
}
