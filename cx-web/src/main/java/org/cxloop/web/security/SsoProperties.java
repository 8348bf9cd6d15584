package org.cxloop.web.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cxloop.core.user.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How single sign-on people become CX Loop users (the provider itself is a standard
 * {@code spring.security.oauth2.client.registration.*} entry): which claim holds their groups, which groups mean
 * ADMIN and MANAGER, the role of everyone else (none: refused), whether unknown people get an account, and whether
 * the provider must vouch for the email address ({@code email_verified=true}) before it names an account.
 */
@ConfigurationProperties("cx.sso")
record SsoProperties(String roleClaim, List<String> adminGroups, List<String> managerGroups, Role defaultRole,
        boolean createUsers, @DefaultValue("true") boolean requireVerifiedEmail) {

    SsoProperties {
        roleClaim = roleClaim == null || roleClaim.isBlank() ? "groups" : roleClaim.strip();
        adminGroups = lowerCase(adminGroups);
        managerGroups = lowerCase(managerGroups);
    }

    /** The role the given groups map to: ADMIN wins over MANAGER, then the default role, if any. */
    Optional<Role> roleFor(List<String> groups) {
        var lower = lowerCase(groups);
        if (lower.stream().anyMatch(adminGroups::contains)) {
            return Optional.of(Role.ADMIN);
        }
        if (lower.stream().anyMatch(managerGroups::contains)) {
            return Optional.of(Role.MANAGER);
        }
        return Optional.ofNullable(defaultRole);
    }

    private static List<String> lowerCase(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(v -> v.strip().toLowerCase(Locale.ROOT)).toList();
    }
}
