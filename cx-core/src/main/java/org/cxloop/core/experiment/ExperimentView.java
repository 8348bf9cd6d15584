package org.cxloop.core.experiment;

import java.time.Instant;
import java.util.List;

/** An experiment as stored; the first variant is the control the others are compared with. */
public record ExperimentView(long id, String name, String hypothesis, long touchpointId, String touchpointCode,
        String touchpointName, Assignment assignment, String seed, List<String> variants, Instant startsAt,
        Instant endsAt, String createdBy, Instant createdAt) {

    public ExperimentView {
        variants = List.copyOf(variants);
    }

    /** Whether an event at {@code moment} falls inside the experiment: from its start, until its end if it has one. */
    public boolean runsAt(Instant moment) {
        return !moment.isBefore(startsAt) && (endsAt == null || moment.isBefore(endsAt));
    }

    public boolean ended(Instant now) {
        return endsAt != null && !now.isBefore(endsAt);
    }
}
