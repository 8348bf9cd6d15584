package org.cxloop.metrics.experiment;

import java.util.List;
import org.cxloop.core.experiment.ExperimentView;

/**
 * An experiment's outcome so far: per variant how many interactions and answers it has, and NPS, CSAT and CES
 * compared across the variants.
 */
public record ExperimentComparison(ExperimentView experiment, List<VariantReach> reach, MetricComparison nps,
        MetricComparison csat, MetricComparison ces) {

    public ExperimentComparison {
        reach = List.copyOf(reach);
    }

    /** How many interactions and survey answers (of any type) a variant has. */
    public record VariantReach(String variant, long interactions, long responses) {
    }

    public List<MetricComparison> metrics() {
        return List.of(nps, csat, ces);
    }
}
