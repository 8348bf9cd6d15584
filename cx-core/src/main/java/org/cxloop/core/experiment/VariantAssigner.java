package org.cxloop.core.experiment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cxloop.core.InvalidInputException;

/**
 * The experiments known at one moment, deciding the variant of an interaction or answer: the one that came with the
 * data if it names a variant of the experiment running at that touchpoint then, otherwise the seeded pick for a
 * random split, otherwise none. Holds no connection, so a bulk import asks it once per row.
 */
public final class VariantAssigner {

    private final List<ExperimentView> experiments;

    VariantAssigner(List<ExperimentView> experiments) {
        this.experiments = List.copyOf(experiments);
    }

    /**
     * The variant for the customer at the touchpoint at that moment, or empty outside any experiment.
     *
     * @throws InvalidInputException (field {@code variant}) when a given variant fits no running experiment
     */
    public Optional<String> variantFor(long touchpointId, String customerExternalId, Instant at, String given) {
        var experiment = experiments.stream().filter(e -> e.touchpointId() == touchpointId && e.runsAt(at)).findFirst();
        var wanted = given == null ? "" : given.strip();
        if (!wanted.isEmpty()) {
            var running = experiment.orElseThrow(() -> new InvalidInputException("variant", "experiment.variant.noExperiment",
                    "No experiment runs at this touchpoint at that time, so the answer cannot carry a variant."));
            return Optional.of(running.variants().stream().filter(v -> v.equalsIgnoreCase(wanted)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("variant", "experiment.variant.unknown",
                            "The variant must be one of " + String.join(", ", running.variants()) + " (experiment '"
                                    + running.name() + "').")));
        }
        return experiment.filter(e -> e.assignment() == Assignment.RANDOM)
                .map(e -> VariantPicker.pick(e.seed(), customerExternalId, e.variants()));
    }
}
