package org.cxloop.metrics;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The FROM and WHERE clauses that narrow outside feedback (aliased {@code e}) to a dashboard filter, as
 * {@link EventScope} does for survey answers and with the same parameter names and values, so both can share one query.
 * Feedback may name no touchpoint or customer: touchpoint {@code t}, stage {@code s} and customer {@code c} are left
 * joined, and a filter on one of them leaves out feedback that names none. The channel is the feedback's own.
 */
final class FeedbackScope {

    private final String sql;
    private final Map<String, Object> params = new LinkedHashMap<>();

    FeedbackScope(MetricsFilter filter, ZoneId zone, String joins) {
        var text = new StringBuilder("\n" + """
                from external_feedback e
                left join touchpoint t on t.id = e.touchpoint_id
                left join journey_stage s on s.id = t.stage_id
                left join customer c on c.id = e.customer_id
                %s
                where e.occurred_at >= :start and e.occurred_at < :end""".formatted(joins));
        params.put("start", filter.period().startIn(zone));
        params.put("end", filter.period().endIn(zone));
        if (filter.touchpoint() != null) {
            text.append(" and t.code = :touchpoint");
            params.put("touchpoint", filter.touchpoint());
        }
        if (filter.stage() != null) {
            text.append(" and s.code = :stage");
            params.put("stage", filter.stage());
        }
        if (filter.channel() != null) {
            text.append(" and e.channel = :channel");
            params.put("channel", filter.channel().name());
        }
        if (filter.journeyTouchpoints() != null) {
            if (filter.journeyTouchpoints().isEmpty()) {
                text.append(" and 1 = 0");
            } else {
                text.append(" and t.code in (:journeyTouchpoints)");
                params.put("journeyTouchpoints", List.copyOf(new TreeSet<>(filter.journeyTouchpoints())));
            }
        }
        if (filter.segment() != null) {
            text.append(" and c.segment = :segment");
            params.put("segment", filter.segment());
        }
        this.sql = text.toString();
    }

    String sql() {
        return sql;
    }

    Map<String, Object> params() {
        return params;
    }

    /** As {@link EventScope#partIndex}, over the time the feedback was given. */
    String partIndex(List<?> boundaries) {
        if (boundaries.isEmpty()) {
            return "0";
        }
        var text = new StringBuilder("case");
        for (int i = 0; i < boundaries.size(); i++) {
            text.append(" when e.occurred_at < :part").append(i).append(" then ").append(i);
            params.put("part" + i, boundaries.get(i));
        }
        return text.append(" else ").append(boundaries.size()).append(" end").toString();
    }
}
