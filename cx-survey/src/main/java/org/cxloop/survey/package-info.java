/** Surveys: NPS, CSAT and CES questions, their campaigns and invitations, and the answers customers give. */
package org.cxloop.survey;
