package org.cxloop.metrics;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The FROM and WHERE clauses, with their parameters, that narrow timestamped events (survey responses or
 * interactions, aliased {@code e}) to a filter. Touchpoint {@code t}, stage {@code s} and customer {@code c} are
 * joined so filters and breakdowns can name them. A daily scope reads the events' daily rollup instead, whose rows
 * carry the customer segment and a calendar day of the installation's zone, so whole-day periods match exactly.
 */
final class EventScope {

    private final String timeColumn;
    private final boolean daily;
    private final String sql;
    private final Map<String, Object> params = new LinkedHashMap<>();

    private EventScope(String rollup, String dayColumn, MetricsFilter filter) {
        this.timeColumn = "e." + dayColumn;
        this.daily = true;
        var text = new StringBuilder("\n" + """
                from %s e
                join touchpoint t on t.id = e.touchpoint_id
                join journey_stage s on s.id = t.stage_id
                where %s >= :start and %s <= :end""".formatted(rollup, this.timeColumn, this.timeColumn));
        params.put("start", filter.period().from());
        params.put("end", filter.period().to());
        narrow(text, filter, "e.segment");
        this.sql = text.toString();
    }

    private EventScope(String table, String timeColumn, MetricsFilter filter, ZoneId zone) {
        this.timeColumn = "e." + timeColumn;
        this.daily = false;
        var text = new StringBuilder("\n" + """
                from %s e
                join touchpoint t on t.id = e.touchpoint_id
                join journey_stage s on s.id = t.stage_id
                join customer c on c.id = e.customer_id
                where %s >= :start and %s < :end""".formatted(table, this.timeColumn, this.timeColumn));
        params.put("start", filter.period().startIn(zone));
        params.put("end", filter.period().endIn(zone));
        narrow(text, filter, "c.segment");
        this.sql = text.toString();
    }

    private void narrow(StringBuilder text, MetricsFilter filter, String segmentColumn) {
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
        if (filter.journeyTouchpoints() != null) {
            if (filter.journeyTouchpoints().isEmpty()) {
                text.append(" and 1 = 0");
            } else {
                text.append(" and t.code in (:journeyTouchpoints)");
                params.put("journeyTouchpoints", List.copyOf(new TreeSet<>(filter.journeyTouchpoints())));
            }
        }
        if (filter.segment() != null) {
            text.append(" and ").append(segmentColumn).append(" = :segment");
            params.put("segment", filter.segment());
        }
    }

    static EventScope responses(MetricsFilter filter, ZoneId zone) {
        return new EventScope("survey_response", "responded_at", filter, zone);
    }

    /** Survey answers from their daily rollup, which must be current for the installation's zone. */
    static EventScope responseDays(MetricsFilter filter) {
        return new EventScope("response_day_rollup", "response_day", filter);
    }

    /** Interactions from their daily rollup, which must be current for the installation's zone. */
    static EventScope interactionDays(MetricsFilter filter) {
        return new EventScope("interaction_day_rollup", "interaction_day", filter);
    }

    static EventScope interactions(MetricsFilter filter, ZoneId zone) {
        return new EventScope("interaction", "occurred_at", filter, zone);
    }

    /** Whether this scope reads the daily rollup, whose rows are counts rather than single events. */
    boolean daily() {
        return daily;
    }

    /** The SQL expression naming a dimension's entry in this scope. */
    String column(Dimension dimension) {
        return daily && dimension == Dimension.SEGMENT ? "e.segment" : dimension.column();
    }

    String sql() {
        return sql;
    }

    /** The FROM and WHERE clauses with more joins (to tables about the events, such as their comments' analysis). */
    String sqlJoining(String joins) {
        var where = sql.indexOf("\nwhere ");
        return sql.substring(0, where) + "\n" + joins + sql.substring(where);
    }

    Map<String, Object> params() {
        return params;
    }

    /**
     * A SQL expression giving the index of the part an event falls in, for parts that follow one another without
     * gaps: {@code boundaries} are the first instants of the second, third, … part (their first days, for a daily
     * scope). Adds the parameters it needs.
     */
    String partIndex(List<?> boundaries) {
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
