package org.cxloop.core.user;

/** What sign-in needs to check a person: the stored password hash, role and whether the account is enabled. */
public record SignInAccount(String email, String displayName, String passwordHash, Role role, boolean enabled) {
}
