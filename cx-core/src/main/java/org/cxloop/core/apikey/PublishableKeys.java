package org.cxloop.core.apikey;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishable keys for the website survey widget. Unlike API keys they are not secret: they are pasted into web
 * pages. What guards them is the list of origins an admin allows (browsers enforce it through CORS) and what they
 * can do: ask whether a customer may be surveyed and record one answer, never read data.
 */
@Service
@Transactional(readOnly = true)
public class PublishableKeys {

    static final String PREFIX = "cxp_";
    private static final int MAX_ORIGINS = 20;

    private final PublishableKeyRepository repository;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PublishableKeys(PublishableKeyRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional
    public PublishableKeyView create(String name, String origins, String createdBy) {
        var cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            throw new InvalidInputException("name", "widgetKeys.name.size", "Give the key a name of 1 to 100 characters, such as the website that uses it.");
        }
        var allowed = origins(origins);
        var bytes = new byte[18];
        random.nextBytes(bytes);
        var value = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return repository.save(new PublishableKey(cleanName, value, allowed, createdBy, clock.instant())).view();
    }

    /** The active key with this value; empty for an unknown or revoked one. */
    public Optional<PublishableKeyView> find(String key) {
        if (key == null || !key.startsWith(PREFIX) || key.length() > 64) {
            return Optional.empty();
        }
        return repository.findByKeyValue(key).filter(k -> !k.revoked()).map(PublishableKey::view);
    }

    public List<PublishableKeyView> list() {
        return repository.findAllByOrderByCreatedAtDesc().stream().map(PublishableKey::view).toList();
    }

    @Transactional
    public void revoke(long id) {
        repository.findById(id).orElseThrow(() -> new NotFoundException("No publishable key has the id " + id + "."))
                .revoke(clock.instant());
    }

    /** Parses "https://shop.example.com, http://localhost:3000" into normalised origins, refusing anything else. */
    static List<String> origins(String text) {
        var result = new LinkedHashSet<String>();
        for (var part : (text == null ? "" : text).split("[\\s,]+")) {
            if (!part.isBlank()) {
                result.add(origin(part.strip()));
            }
        }
        if (result.isEmpty() || result.size() > MAX_ORIGINS) {
            throw new InvalidInputException("origins", "widgetKeys.origins.count",
                    "List 1 to " + MAX_ORIGINS + " website origins, such as https://www.example.com.");
        }
        return List.copyOf(result);
    }

    private static String origin(String text) {
        try {
            var uri = new URI(text.length() > 200 ? "" : text);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            var path = uri.getRawPath() == null ? "" : uri.getRawPath();
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getRawUserInfo() != null
                    || !(path.isEmpty() || path.equals("/")) || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw invalidOrigin(text);
            }
            var defaultPort = scheme.equals("https") ? 443 : 80;
            var port = uri.getPort() == -1 || uri.getPort() == defaultPort ? "" : ":" + uri.getPort();
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port;
        } catch (URISyntaxException e) {
            throw invalidOrigin(text);
        }
    }

    private static InvalidInputException invalidOrigin(String text) {
        var shown = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return new InvalidInputException("origins", "widgetKeys.origins.format",
                "'" + shown + "' is not a website origin: write the scheme and host only, such as https://www.example.com.");
    }
}
