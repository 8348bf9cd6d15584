package org.cxloop.survey.followup;

import java.time.Duration;

/**
 * How well the loop is closed: average time from the answer to the first contact and to closing, the share of
 * closed cases whose customer was contacted within the rule's SLA, and the NPS of customers after a closed loop next
 * to their NPS before it. Durations and share are null without data.
 */
public record FollowUpKpis(long open, long overdue, long closed, Duration timeToFirstContact, Duration timeToClose,
        Double shareClosedWithinSla, ClosedLoopNps closedLoopNps) {
}
