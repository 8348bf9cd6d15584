package org.cxloop.core.customer;

import java.util.regex.Pattern;
import org.cxloop.core.InvalidInputException;

/** The rule for customer external ids: what other systems call the customer, printable and at most 100 long. */
final class ExternalIds {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,99}");

    private ExternalIds() {
    }

    static String check(String externalId) {
        if (externalId == null || !VALID.matcher(externalId).matches()) {
            throw new InvalidInputException("externalId", "customer.externalId.format",
                    "The external id must be 1 to 100 letters, digits or . _ : @ - and start with a letter or digit.");
        }
        return externalId;
    }
}
