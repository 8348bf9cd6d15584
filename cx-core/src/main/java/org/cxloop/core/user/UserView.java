package org.cxloop.core.user;

import java.time.Instant;

/** A read-only picture of a user, without credentials. */
public record UserView(
        long id, String email, String displayName, Role role, boolean enabled, Instant createdAt, Instant lastSignInAt) {
}
