package org.cxloop.core.interaction;

import jakarta.validation.Valid;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.experiment.Experiments;
import org.cxloop.core.touchpoint.Touchpoints;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Records what happened between a customer and the company at a touchpoint, in which experiment variant if any. */
@Service
@Validated
@Transactional(readOnly = true)
public class Interactions {

    private final InteractionRepository repository;
    private final Customers customers;
    private final Touchpoints touchpoints;
    private final Experiments experiments;

    Interactions(InteractionRepository repository, Customers customers, Touchpoints touchpoints, Experiments experiments) {
        this.repository = repository;
        this.customers = customers;
        this.touchpoints = touchpoints;
        this.experiments = experiments;
    }

    /** Stores the interaction and returns its id. */
    @Transactional
    public long record(@Valid InteractionDetails details) {
        if (details.resolvedAt() != null && details.resolvedAt().isBefore(details.occurredAt())) {
            throw new InvalidInputException("resolvedAt", "interaction.resolvedAt.beforeOccurred", "An interaction cannot be resolved before it occurred.");
        }
        var touchpoint = touchpoints.find(details.touchpoint()).orElseThrow(
                () -> new InvalidInputException("touchpoint", "interaction.touchpoint.unknown", "No touchpoint has the code '" + details.touchpoint() + "'."));
        var customer = customers.find(details.customer()).orElseThrow(
                () -> new InvalidInputException("customer", "interaction.customer.unknown", "No customer has the external id '" + details.customer() + "'."));
        var variant = experiments.assignerAt(touchpoint.id())
                .variantFor(touchpoint.id(), details.customer(), details.occurredAt(), details.variant()).orElse(null);
        return repository.save(new Interaction(customer.id(), touchpoint.id(), details, variant)).id();
    }
}
