package org.cxloop.core.audit;

import java.time.LocalDate;

/** Filters for reading the log; empty fields filter nothing. */
public record AuditQuery(String actor, String action, LocalDate from, LocalDate to) {
}
