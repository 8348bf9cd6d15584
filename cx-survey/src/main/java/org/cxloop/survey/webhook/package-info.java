/**
 * Webhooks: endpoints admins register for event types, a delivery outbox written in each event's own transaction,
 * and the scheduled sender that posts signed JSON (or Slack-compatible messages) with retries and backoff.
 */
package org.cxloop.survey.webhook;
