package org.cxloop.survey.followup;

import java.time.Instant;

/** A case passed its due time with nobody having contacted the customer; published once per case. */
public record CaseOverdue(long caseId, Instant dueAt) {
}
