package org.cxloop.core.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, checks and revokes API keys. A key is 256 random bits; only its SHA-256 is stored, which is safe for
 * secrets of that strength (no dictionary to attack) and lets a lookup find the key by hash in one indexed query.
 */
@Service
@Transactional(readOnly = true)
public class ApiKeys {

    static final String SECRET_PREFIX = "cxk_";
    private static final int MIN_BOOTSTRAP_LENGTH = 32;

    private final ApiKeyRepository repository;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiKeys(ApiKeyRepository repository, JdbcClient jdbc, Clock clock) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public IssuedApiKey issue(String name, String createdBy) {
        var cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            throw new InvalidInputException("name", "apikey.name.size", "Give the key a name of 1 to 100 characters, such as the system that uses it.");
        }
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var key = repository.save(new ApiKey(cleanName, secret.substring(0, 12), hash(secret), createdBy, clock.instant()));
        return new IssuedApiKey(key.view(), secret);
    }

    /** Registers a key chosen outside CX Loop (CX_ADMIN_API_KEY) unless it is registered already. */
    @Transactional
    public void register(String name, String secret, String createdBy) {
        if (secret == null || secret.length() < MIN_BOOTSTRAP_LENGTH) {
            throw new IllegalArgumentException("An API key given from outside must have at least "
                    + MIN_BOOTSTRAP_LENGTH + " characters.");
        }
        var hash = hash(secret);
        if (repository.findByKeyHash(hash).isEmpty()) {
            repository.save(new ApiKey(name, secret.substring(0, 8), hash, createdBy, clock.instant()));
        }
    }

    /**
     * The active key with this secret, noting its use; empty for an unknown or revoked key. Every API call asks, so
     * this is one indexed query over JDBC with no transaction or persistence context around it, and a write of the
     * last use at most once a minute per key.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<ApiKeyView> authenticate(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        var now = clock.instant();
        return jdbc.sql("""
                        select id, name, key_prefix, created_by, created_at, last_used_at from api_key
                        where key_hash = :hash and revoked_at is null""")
                .param("hash", hash(secret))
                .query((rs, row) -> new ApiKeyView(rs.getLong("id"), rs.getString("name"), rs.getString("key_prefix"),
                        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                        instant(rs.getTimestamp("last_used_at")), null))
                .optional()
                .map(key -> ApiKey.useWorthNoting(key.lastUsedAt(), now) ? noteUse(key, now) : key);
    }

    private ApiKeyView noteUse(ApiKeyView key, Instant at) {
        jdbc.sql("update api_key set last_used_at = :at where id = :id")
                .param("at", Timestamp.from(at)).param("id", key.id()).update();
        return new ApiKeyView(key.id(), key.name(), key.prefix(), key.createdBy(), key.createdAt(), at, null);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    public List<ApiKeyView> list() {
        return repository.findAllByOrderByCreatedAtDesc().stream().map(ApiKey::view).toList();
    }

    @Transactional
    public void revoke(long id) {
        repository.findById(id).orElseThrow(() -> new NotFoundException("No API key has the id " + id + "."))
                .revoke(clock.instant());
    }

    static String hash(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
