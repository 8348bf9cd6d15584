/**
 * The mail outbox: invitations and reminders are queued in the database in the same transaction that decides to
 * send them, then delivered by a worker with retries and backoff, so an SMTP outage delays mail but loses none.
 */
package org.cxloop.survey.mail;
