/**
 * Comparing the variants of an experiment: per-variant NPS, CSAT and CES with 95 % confidence intervals, each
 * variant's difference from the first (control) with its significance test, and how many more answers a test with
 * 80 % power would need. The statistics are pure functions of counts; {@code ExperimentResults} reads the counts.
 */
package org.cxloop.metrics.experiment;
