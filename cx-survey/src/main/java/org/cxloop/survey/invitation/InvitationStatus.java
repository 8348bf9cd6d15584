package org.cxloop.survey.invitation;

/** Where an invitation stands on its way from queue to answer. */
public enum InvitationStatus {
    QUEUED, SENT, FAILED, OPENED, ANSWERED, EXPIRED, BOUNCED;

    /** Still waiting for the customer's answer. */
    public boolean open() {
        return this == QUEUED || this == SENT || this == OPENED;
    }
}
