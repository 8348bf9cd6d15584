/** A customer's timeline: interactions, invitations, answers and follow-up cases across channels, newest first. */
package org.cxloop.survey.timeline;
