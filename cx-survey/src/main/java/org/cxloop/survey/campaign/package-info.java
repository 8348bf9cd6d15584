/**
 * Campaigns: a survey sent for a touchpoint to an audience, at a time, with reminders and an expiry. Launching
 * decides who is invited (and who is skipped, and why) and queues the mail in the same transaction.
 */
package org.cxloop.survey.campaign;
