package org.cxloop.survey.followup;

/** How a closed case ended for the relationship. */
public enum CaseOutcome {
    WON_BACK, NOT_WON_BACK
}
