package org.cxloop.core.apikey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

@Entity
@Table(name = "publishable_key")
class PublishableKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "key_value")
    private String keyValue;

    @Column(name = "allowed_origins")
    private String allowedOrigins;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected PublishableKey() {
    }

    PublishableKey(String name, String keyValue, List<String> allowedOrigins, String createdBy, Instant now) {
        this.name = name;
        this.keyValue = keyValue;
        this.allowedOrigins = String.join(" ", allowedOrigins);
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    boolean revoked() {
        return revokedAt != null;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    PublishableKeyView view() {
        return new PublishableKeyView(id, name, keyValue, Arrays.asList(allowedOrigins.split(" ")), createdBy,
                createdAt, revokedAt);
    }
}
