package org.cxloop.survey.campaign;

import java.util.Map;

/** How a campaign's invitations stand, by delivery state, and how many were skipped for each reason. */
public record CampaignProgress(Map<String, Long> invitationsByStatus, Map<SkipReason, Long> skipped) {

    public long invited() {
        return invitationsByStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public long count(String status) {
        return invitationsByStatus.getOrDefault(status, 0L);
    }

    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }
}
