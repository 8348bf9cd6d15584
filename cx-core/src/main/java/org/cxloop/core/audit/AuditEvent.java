package org.cxloop.core.audit;

import java.time.Instant;

/** One change: who made it, what it was (a named action), on what, and any detail worth keeping. */
public record AuditEvent(long id, Instant occurredAt, String actor, String action, String target, String detail) {
}
