package org.cxloop.demo;

import java.time.Instant;

/** A generated interaction of a customer (by external id) at a touchpoint (by code). */
record DemoInteraction(String customer, String touchpoint, Instant occurredAt, boolean resolvedOnFirstContact,
        Instant resolvedAt) {
}
