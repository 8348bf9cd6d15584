package org.cxloop.survey.followup;

/**
 * Which cases a queue shows.
 *
 * @param ownerId only this user's cases, or null for everyone's
 * @param status only cases in this status, or null for every case still open (new or contacted)
 * @param overdueOnly only cases whose first contact is late
 */
public record CaseQuery(Long ownerId, CaseStatus status, boolean overdueOnly) {
}
