package org.cxloop.metrics.experiment;

/** One variant's figure with its 95 % confidence interval; value null without answers, the interval without two. */
public record VariantFigure(String variant, long responses, Double value, Double low, Double high) {
}
