/**
 * The CX figures as values computed from counts: NPS, CSAT, CES, churn, retention, first-contact resolution and
 * resolution time, each with its sample size, and the period-over-period change with its 95 % significance.
 */
package org.cxloop.metrics.score;
