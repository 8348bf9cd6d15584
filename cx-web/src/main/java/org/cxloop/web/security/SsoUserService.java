package org.cxloop.web.security;

import java.util.Collection;
import java.util.List;
import org.cxloop.core.user.ExternalIdentity;
import org.cxloop.core.user.ExternalSignInRefused;
import org.cxloop.core.user.Users;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a person the OpenID provider signed in into a CX Loop user: finds (or creates) the account by the email
 * claim, sets its role from the group claim on every sign-in, and refuses disabled accounts, unmapped groups and
 * (unless {@code cx.sso.require-verified-email=false}) email addresses the provider does not call verified.
 * The principal's name is the account's email, as with form sign-in, so audit and ownership read the same.
 */
class SsoUserService extends OidcUserService {

    static final String NO_ROLE = "cx_no_role";
    static final String UNVERIFIED_EMAIL = "cx_unverified_email";

    private final Users users;
    private final SsoProperties properties;

    SsoUserService(Users users, SsoProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        var oidcUser = super.loadUser(request);
        // The email names the account, so an address the provider has not verified could take over someone else's.
        if (properties.requireVerifiedEmail() && !Boolean.TRUE.equals(oidcUser.getEmailVerified())) {
            throw refused(UNVERIFIED_EMAIL, "The provider does not say this person's email address is verified.");
        }
        var role = properties.roleFor(groupsOf(oidcUser.getClaims().get(properties.roleClaim())))
                .orElseThrow(() -> refused(NO_ROLE, "None of this person's groups maps to a CX Loop role."));
        try {
            var account = users.signInExternally(
                    new ExternalIdentity(oidcUser.getEmail(), oidcUser.getFullName(), role), properties.createUsers());
            var authorities = List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
            return new SignedInOidcUser(authorities, oidcUser, account.email());
        } catch (ExternalSignInRefused e) {
            throw refused("cx_" + e.reason().name().toLowerCase(java.util.Locale.ROOT), e.getMessage());
        }
    }

    private static List<String> groupsOf(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }

    private static OAuth2AuthenticationException refused(String code, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, description, null), description);
    }

    /** The provider's user, named by the CX Loop account's email. */
    static final class SignedInOidcUser extends DefaultOidcUser {

        private final String email;

        SignedInOidcUser(Collection<SimpleGrantedAuthority> authorities, OidcUser from, String email) {
            super(authorities, from.getIdToken(), from.getUserInfo());
            this.email = email;
        }

        @Override
        public String getName() {
            return email;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SignedInOidcUser that && super.equals(that) && email.equals(that.email);
        }

        @Override
        public int hashCode() {
            return 31 * super.hashCode() + email.hashCode();
        }
    }
}
