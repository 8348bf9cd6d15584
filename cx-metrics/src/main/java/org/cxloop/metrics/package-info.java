/**
 * CX metrics: the {@link org.cxloop.metrics.Metrics} service answers NPS, CSAT, CES, churn, retention, first-contact
 * resolution and resolution time for a period and filter, by dimension, over time and by cohort, counting in SQL.
 */
package org.cxloop.metrics;
