package org.cxloop.survey.timeline;

import java.util.List;

/**
 * One page of a customer's timeline, newest first, whether older entries follow, and how many of each kind the whole
 * timeline holds.
 */
public record TimelinePage(List<TimelineEntry> entries, int page, boolean hasMore, long interactions, long invitations,
        long answers, long cases, long feedback) {

    public long total() {
        return interactions + invitations + answers + cases + feedback;
    }
}
