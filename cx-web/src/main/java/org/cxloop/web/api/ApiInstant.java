package org.cxloop.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.cxloop.core.InvalidInputException;

/**
 * A moment as the API accepts it in a JSON field: an ISO date-time with offset, or a date (midnight UTC); blank
 * means none. A value that is neither is refused with a message naming the field.
 */
final class ApiInstant {

    private ApiInstant() {
    }

    static Instant parse(String value, String field, String messageKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, messageKey, field
                    + " must be an ISO date-time with offset (2026-11-23T09:30:00+01:00) or a date (2026-11-23).");
        }
    }
}
