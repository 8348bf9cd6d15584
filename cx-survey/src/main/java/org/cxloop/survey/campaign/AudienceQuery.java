package org.cxloop.survey.campaign;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** The SQL condition (over {@code customer c}) that selects a campaign's audience among active customers. */
final class AudienceQuery {

    private final CampaignDetails details;
    private final long campaignId;
    private final LocalDate today;

    AudienceQuery(CampaignDetails details, long campaignId, Clock clock) {
        this.details = details;
        this.campaignId = campaignId;
        this.today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    String where() {
        var active = "c.customer_since <= :today and (c.churned_at is null or c.churned_at > :today)";
        return switch (details.audience()) {
            case EVERYONE -> active;
            case SEGMENT -> active + " and c.segment = :segment";
            // An uploaded list names its customers on purpose: they are invited whether or not they count as active.
            case LIST -> "exists (select 1 from campaign_audience a where a.campaign_id = :campaignId and a.customer_id = c.id)";
            case INTERACTION -> active + """
                     and exists (select 1 from interaction x join campaign k on k.touchpoint_id = x.touchpoint_id
                     where k.id = :campaignId and x.customer_id = c.id and x.occurred_at >= :periodStart and x.occurred_at < :periodEnd)""";
        };
    }

    Map<String, Object> params() {
        var params = new HashMap<String, Object>();
        params.put("today", Date.valueOf(today));
        params.put("campaignId", campaignId);
        if (details.audience() == Audience.SEGMENT) {
            params.put("segment", details.segment().strip());
        }
        if (details.audience() == Audience.INTERACTION) {
            params.put("periodStart", java.sql.Timestamp.from(details.interactionsFrom().atStartOfDay(ZoneOffset.UTC).toInstant()));
            params.put("periodEnd", java.sql.Timestamp.from(details.interactionsTo().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        return params;
    }
}
