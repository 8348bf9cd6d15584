/** What the outboxes (survey mail, follow-up mail, webhooks) share about failed deliveries: when to retry, what to keep. */
package org.cxloop.survey.delivery;
