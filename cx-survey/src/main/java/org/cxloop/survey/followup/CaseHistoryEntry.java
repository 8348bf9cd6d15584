package org.cxloop.survey.followup;

import java.time.Instant;

/** One step in a case's history: opened, assigned, a status change or a note, with who did it (null: CX Loop). */
public record CaseHistoryEntry(
        String kind, String actor, CaseStatus status, CaseOutcome outcome, String ownerName, String note, Instant at) {
}
