package org.cxloop.survey.campaign;

/** Why a customer in a campaign's audience was not invited. */
public enum SkipReason {
    /** Invited by any campaign within the fatigue window. */
    FATIGUE,
    /** The customer asked not to receive surveys. */
    OPTED_OUT,
    /** No email address on file. */
    NO_EMAIL,
    /** Mail to the customer's address bounced hard before. */
    BOUNCED
}
