package org.cxloop.core.apikey;

import java.time.Instant;
import java.util.List;

/** A publishable key and the web origins (scheme://host[:port]) whose pages may use it. */
public record PublishableKeyView(long id, String name, String key, List<String> allowedOrigins, String createdBy,
        Instant createdAt, Instant revokedAt) {

    public PublishableKeyView {
        allowedOrigins = List.copyOf(allowedOrigins);
    }

    public boolean active() {
        return revokedAt == null;
    }

    /** Whether a browser request with this Origin header comes from a page allowed to use the key. */
    public boolean allows(String origin) {
        return active() && origin != null && allowedOrigins.contains(origin.toLowerCase(java.util.Locale.ROOT));
    }
}
