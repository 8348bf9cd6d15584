package org.cxloop.metrics.experiment;

import java.util.ArrayList;
import java.util.List;

/**
 * One metric across an experiment's variants. Each variant after the first is tested against the first at a
 * Bonferroni-corrected level α = 0.05 / (variants − 1), so the chance of any false alarm stays at 5 %. A test runs
 * only when every variant has at least {@value #MINIMUM_PER_VARIANT} answers (below that the normal approximations
 * the tests rest on are not trustworthy); until then {@code enoughData} is false. {@code neededPerVariant} is the
 * sample size per variant that detects the metric's assumed effect with 80 % power at that level,
 * n = (z₁₋α/₂ + z₀.₈)² × 2σ² / δ², with σ² the mean per-answer variance of the variants (or the metric's fallback);
 * {@code moreResponsesNeeded} is what is still missing, summed over the variants.
 */
public record MetricComparison(Metric metric, List<VariantFigure> figures, List<Difference> differences,
        boolean enoughData, double significanceLevel, double assumedEffect, long neededPerVariant,
        long moreResponsesNeeded) {

    public static final long MINIMUM_PER_VARIANT = 30;
    static final double ALPHA = 0.05;
    static final double POWER = 0.80;

    public MetricComparison {
        figures = List.copyOf(figures);
        differences = List.copyOf(differences);
    }

    /** Compares the samples of one metric; the first sample is the control. */
    public static MetricComparison of(Metric metric, List<Sample> samples) {
        if (samples.size() < 2) {
            throw new IllegalArgumentException("An experiment compares at least two variants, got " + samples.size());
        }
        var level = ALPHA / (samples.size() - 1);
        var enough = samples.stream().allMatch(s -> s.responses() >= MINIMUM_PER_VARIANT);
        var figures = samples.stream().map(MetricComparison::figure).toList();
        var control = samples.getFirst();
        var differences = new ArrayList<Difference>();
        for (var sample : samples.subList(1, samples.size())) {
            differences.add(enough ? test(metric, control, sample, level) : untested(control, sample));
        }
        var needed = neededPerVariant(metric, samples, level);
        var more = samples.stream().mapToLong(s -> Math.max(0, needed - s.responses())).sum();
        return new MetricComparison(metric, figures, differences, enough, level, metric.assumedEffect(), needed, more);
    }

    private static VariantFigure figure(Sample s) {
        if (s.variance() == null || s.responses() < 2) {
            return new VariantFigure(s.variant(), s.responses(), s.mean(), null, null);
        }
        var margin = 1.96 * Math.sqrt(s.variance() / s.responses());
        return new VariantFigure(s.variant(), s.responses(), s.mean(), s.mean() - margin, s.mean() + margin);
    }

    private static Difference untested(Sample control, Sample variant) {
        var delta = control.mean() == null || variant.mean() == null ? null : variant.mean() - control.mean();
        return new Difference(variant.variant(), control.variant(), delta, null, null, null, null);
    }

    private static Difference test(Metric metric, Sample control, Sample variant, double level) {
        var delta = variant.mean() - control.mean();
        var standardError = Math.sqrt(control.variance() / control.responses() + variant.variance() / variant.responses());
        double pValue;
        double critical;
        switch (metric) {
            case NPS -> {
                pValue = standardError == 0 ? (delta == 0 ? 1 : 0) : Distributions.normalTwoSided(delta / standardError);
                critical = Distributions.normalQuantile(1 - level / 2);
            }
            case CSAT -> {
                var pooled = (double) (control.hits() + variant.hits()) / (control.responses() + variant.responses());
                var pooledError = 100 * Math.sqrt(pooled * (1 - pooled)
                        * (1.0 / control.responses() + 1.0 / variant.responses()));
                pValue = pooledError == 0 ? 1 : Distributions.normalTwoSided(delta / pooledError);
                critical = Distributions.normalQuantile(1 - level / 2);
            }
            case CES -> {
                var a = control.variance() / control.responses();
                var b = variant.variance() / variant.responses();
                var df = a + b == 0 ? control.responses() + variant.responses() - 2
                        : (a + b) * (a + b) / (a * a / (control.responses() - 1) + b * b / (variant.responses() - 1));
                pValue = standardError == 0 ? (delta == 0 ? 1 : 0) : Distributions.studentTwoSided(delta / standardError, df);
                critical = Distributions.studentQuantile(1 - level / 2, df);
            }
            default -> throw new IllegalStateException("Unknown metric " + metric);
        }
        return new Difference(variant.variant(), control.variant(), delta, delta - critical * standardError,
                delta + critical * standardError, pValue, pValue < level);
    }

    private static long neededPerVariant(Metric metric, List<Sample> samples, double level) {
        var measured = samples.stream().filter(s -> s.variance() != null && s.responses() >= 2)
                .mapToDouble(Sample::variance).average();
        var variance = measured.isPresent() && measured.getAsDouble() > 0 ? measured.getAsDouble() : metric.fallbackVariance();
        var z = Distributions.normalQuantile(1 - level / 2) + Distributions.normalQuantile(POWER);
        var n = (long) Math.ceil(z * z * 2 * variance / (metric.assumedEffect() * metric.assumedEffect()) - 1e-9);
        return Math.max(MINIMUM_PER_VARIANT, n);
    }
}
