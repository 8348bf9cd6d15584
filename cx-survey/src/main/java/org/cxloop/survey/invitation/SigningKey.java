package org.cxloop.survey.invitation;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * The secret that signs survey links: CX_SURVEY_SIGNING_SECRET when set, otherwise 256 random bits created once
 * per installation and kept in the database, so links keep working across restarts and app nodes.
 */
@Component
class SigningKey {

    private static final String NAME = "survey-links";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String configured;
    private volatile byte[] secret;

    SigningKey(JdbcClient jdbc, Clock clock, @Value("${cx.survey.signing-secret:}") String configured) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.configured = configured;
    }

    /** Loads (or creates) the key at start-up, outside any request's transaction. */
    @EventListener(ApplicationReadyEvent.class)
    void load() {
        secret();
    }

    /**
     * The key. Cached after the first call; the first call is synchronized and joins the caller's transaction
     * rather than opening a second connection, which under load could wait forever on a full connection pool.
     */
    public byte[] secret() {
        var known = secret;
        return known != null ? known : loadOnce();
    }

    private synchronized byte[] loadOnce() {
        if (secret != null) {
            return secret;
        }
        if (!configured.isBlank()) {
            secret = configured.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return secret;
        }
        var stored = read();
        if (stored == null) {
            var bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            try {
                jdbc.sql("insert into signing_key (name, secret, created_at) values (:name, :secret, :now)")
                        .param("name", NAME)
                        .param("secret", Base64.getEncoder().encodeToString(bytes))
                        .param("now", Timestamp.from(clock.instant()))
                        .update();
            } catch (DuplicateKeyException anotherNodeWon) {
                // Another node created the key at the same moment: use theirs.
            }
            stored = read();
        }
        secret = Base64.getDecoder().decode(stored);
        return secret;
    }

    private String read() {
        return jdbc.sql("select secret from signing_key where name = :name").param("name", NAME)
                .query(String.class).optional().orElse(null);
    }
}
