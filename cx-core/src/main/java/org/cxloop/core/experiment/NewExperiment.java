package org.cxloop.core.experiment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a manager fills in: the variants as codes separated by commas or new lines (letters, digits, '-' and '_'; the
 * first is the control), the seed for a random split, and the day the experiment starts (midnight UTC).
 */
public record NewExperiment(
        @NotBlank(message = "{experiment.name.required}") @Size(max = 150, message = "{experiment.name.size}") String name,
        @NotBlank(message = "{experiment.hypothesis.required}") @Size(max = 2000, message = "{experiment.hypothesis.size}") String hypothesis,
        @NotBlank(message = "{experiment.touchpoint.required}") String touchpoint,
        @NotBlank(message = "{experiment.variants.required}") @Size(max = 600, message = "{experiment.variants.size}") String variants,
        @NotNull(message = "{experiment.assignment.required}") Assignment assignment,
        @Size(max = 100, message = "{experiment.seed.size}") String seed,
        @NotNull(message = "{experiment.startsOn.required}") LocalDate startsOn) {
}
