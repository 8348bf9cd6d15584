package org.cxloop.journey.map;

import java.time.Instant;

/** One version of a journey map; number counts up from 1 within the journey. */
public record VersionSummary(long id, long journeyId, int number, String label, VersionStatus status,
        Instant createdAt, Instant promotedAt) {

    public boolean editable() {
        return status != VersionStatus.SUPERSEDED;
    }
}
