package org.cxloop.core.apikey;

import java.time.Instant;

/** What an admin sees of a key: never the secret, only its first characters. */
public record ApiKeyView(
        long id, String name, String prefix, String createdBy, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
