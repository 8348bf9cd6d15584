/** CX metrics: NPS, CSAT, CES, churn and retention, each with its sample size and margin of error. */
package org.cxloop.metrics;
