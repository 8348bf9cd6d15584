package org.cxloop.core.customer;

import java.time.Instant;
import java.time.LocalDate;

/** A read-only picture of a customer. */
public record CustomerView(
        long id,
        String externalId,
        String name,
        String email,
        String locale,
        String segment,
        LocalDate customerSince,
        LocalDate churnedAt,
        boolean marketingConsent,
        boolean surveyOptOut,
        Instant createdAt,
        Instant updatedAt) {
}
