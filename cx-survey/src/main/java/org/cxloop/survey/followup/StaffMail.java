package org.cxloop.survey.followup;

import java.util.List;

/** One queued staff mail, loaded for sending: a new-case notice (with its case) or a digest (with the overdue cases). */
record StaffMail(long id, String kind, int attempts, String recipientEmail, String recipientName, List<CaseView> cases) {

    boolean digest() {
        return "DIGEST".equals(kind);
    }
}
