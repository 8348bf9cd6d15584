package org.cxloop.core.user;

import java.util.Locale;
import org.cxloop.core.InvalidInputException;

/**
 * The password rule (OWASP ASVS 2.1): at least 12 and at most 128 characters, and not the account's own email.
 * Length beats composition rules, so there are none.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    static void check(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidInputException("password", "user.password.tooShort", "The password must have at least " + MIN_LENGTH + " characters.");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInputException("password", "user.password.tooLong", "The password must have at most " + MAX_LENGTH + " characters.");
        }
        if (email != null && password.strip().toLowerCase(Locale.ROOT).equals(email.strip().toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("password", "user.password.sameAsEmail", "The password cannot be the email address.");
        }
    }
}
