package org.cxloop.core.interaction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** A customer (by external id) at a touchpoint (by code) at a moment, with its outcome. */
public record InteractionDetails(
        @NotBlank(message = "{interaction.customer.required}") String customer,
        @NotBlank(message = "{interaction.touchpoint.required}") String touchpoint,
        @NotNull(message = "{interaction.occurredAt.required}") Instant occurredAt,
        boolean resolvedOnFirstContact,
        Instant resolvedAt) {
}
