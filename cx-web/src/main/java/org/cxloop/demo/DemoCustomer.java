package org.cxloop.demo;

import java.time.LocalDate;

/** A generated customer row, before it has a database id. */
record DemoCustomer(String externalId, String name, String email, String locale, String segment,
        LocalDate customerSince, LocalDate churnedAt, boolean marketingConsent, boolean surveyOptOut) {
}
