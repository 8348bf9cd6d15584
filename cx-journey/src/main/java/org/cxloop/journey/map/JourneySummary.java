package org.cxloop.journey.map;

import java.time.Instant;

/** A journey without its map: what lists and headings show. */
public record JourneySummary(long id, String name, String persona, String description, boolean archived,
        Instant createdAt, Instant updatedAt) {
}
