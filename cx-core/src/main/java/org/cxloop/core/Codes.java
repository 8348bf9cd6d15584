package org.cxloop.core;

import java.util.regex.Pattern;

/** The rule for the short codes that name stages and touchpoints in URLs, imports and the API. */
public final class Codes {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,49}");

    private Codes() {
    }

    /** Returns the code when it is 1 to 50 lowercase letters, digits, '-' or '_'; otherwise names the field. */
    public static String check(String field, String code) {
        if (code == null || !VALID.matcher(code).matches()) {
            throw new InvalidInputException(field, "code.format",
                    "A code is 1 to 50 lowercase letters, digits, '-' or '_', starting with a letter or digit.");
        }
        return code;
    }
}
