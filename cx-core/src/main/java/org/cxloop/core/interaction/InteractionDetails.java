package org.cxloop.core.interaction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A customer (by external id) at a touchpoint (by code) at a moment, with its outcome, and optionally the experiment
 * variant the customer saw there (computed from the experiment's seed when left out).
 */
public record InteractionDetails(
        @NotBlank(message = "{interaction.customer.required}") String customer,
        @NotBlank(message = "{interaction.touchpoint.required}") String touchpoint,
        @NotNull(message = "{interaction.occurredAt.required}") Instant occurredAt,
        boolean resolvedOnFirstContact,
        Instant resolvedAt,
        @Size(max = 50, message = "{experiment.variant.size}") String variant) {

    public InteractionDetails(String customer, String touchpoint, Instant occurredAt, boolean resolvedOnFirstContact,
            Instant resolvedAt) {
        this(customer, touchpoint, occurredAt, resolvedOnFirstContact, resolvedAt, null);
    }
}
