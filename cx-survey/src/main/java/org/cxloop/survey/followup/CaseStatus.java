package org.cxloop.survey.followup;

/** Where a follow-up case stands. A case leaves NEW with the first contact and never returns; CLOSED is final. */
public enum CaseStatus {
    NEW, CONTACTED, RESOLVED, CLOSED;

    public boolean open() {
        return this != RESOLVED && this != CLOSED;
    }
}
