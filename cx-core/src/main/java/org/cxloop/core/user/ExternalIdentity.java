package org.cxloop.core.user;

/**
 * A person as an identity provider (OpenID Connect) describes them at sign-in: the email that names their CX Loop
 * account, the name to show, and the role their provider groups map to.
 */
public record ExternalIdentity(String email, String displayName, Role role) {
}
