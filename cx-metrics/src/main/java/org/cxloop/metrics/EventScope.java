package org.cxloop.metrics;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The FROM and WHERE clauses, with their parameters, that narrow timestamped events (survey responses or
 * interactions, aliased {@code e}) to a filter. Touchpoint {@code t}, stage {@code s} and customer {@code c} are
 * joined so filters and breakdowns can name them.
 */
final class EventScope {

    private final String timeColumn;
    private final String sql;
    private final Map<String, Object> params = new LinkedHashMap<>();

    private EventScope(String table, String timeColumn, MetricsFilter filter, ZoneId zone) {
        this.timeColumn = "e." + timeColumn;
        var text = new StringBuilder("\n" + """
                from %s e
                join touchpoint t on t.id = e.touchpoint_id
                join journey_stage s on s.id = t.stage_id
                join customer c on c.id = e.customer_id
                where %s >= :start and %s < :end""".formatted(table, this.timeColumn, this.timeColumn));
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
            text.append(" and t.channel = :channel");
            params.put("channel", filter.channel().name());
        }
        if (filter.segment() != null) {
            text.append(" and c.segment = :segment");
            params.put("segment", filter.segment());
        }
        this.sql = text.toString();
    }

    static EventScope responses(MetricsFilter filter, ZoneId zone) {
        return new EventScope("survey_response", "responded_at", filter, zone);
    }

    static EventScope interactions(MetricsFilter filter, ZoneId zone) {
        return new EventScope("interaction", "occurred_at", filter, zone);
    }

    String sql() {
        return sql;
    }

    Map<String, Object> params() {
        return params;
    }

    /**
     * A SQL expression giving the index of the part an event falls in, for parts that follow one another without
     * gaps: {@code boundaries} are the first instants of the second, third, … part. Adds the parameters it needs.
     */
    String partIndex(List<OffsetDateTime> boundaries) {
        if (boundaries.isEmpty()) {
            return "0";
        }
        var text = new StringBuilder("case");
        for (int i = 0; i < boundaries.size(); i++) {
            text.append(" when ").append(timeColumn).append(" < :part").append(i).append(" then ").append(i);
            params.put("part" + i, boundaries.get(i));
        }
        return text.append(" else ").append(boundaries.size()).append(" end").toString();
    }
}
