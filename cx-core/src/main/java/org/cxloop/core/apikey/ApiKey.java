package org.cxloop.core.apikey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

@Entity
@Table(name = "api_key")
class ApiKey {

    private static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "key_prefix")
    private String keyPrefix;

    @Column(name = "key_hash")
    private String keyHash;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiKey() {
    }

    ApiKey(String name, String keyPrefix, String keyHash, String createdBy, Instant now) {
        this.name = name;
        this.keyPrefix = keyPrefix;
        this.keyHash = keyHash;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    Instant revokedAt() {
        return revokedAt;
    }

    boolean revoked() {
        return revokedAt != null;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    /**
     * Whether a use at {@code at} is worth writing down: only when the last noted use is older than a minute, so busy
     * keys cost no write per call.
     */
    static boolean useWorthNoting(Instant lastUsedAt, Instant at) {
        return lastUsedAt == null || Duration.between(lastUsedAt, at).compareTo(LAST_USE_RESOLUTION) >= 0;
    }

    ApiKeyView view() {
        return new ApiKeyView(id, name, keyPrefix, createdBy, createdAt, lastUsedAt, revokedAt);
    }
}
