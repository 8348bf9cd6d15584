package org.cxloop.metrics;

import org.cxloop.metrics.score.FirstContactResolution;
import org.cxloop.metrics.score.ResolutionTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts interactions in SQL for first-contact resolution and resolution time. */
@Component
class InteractionCounts {

    private final JdbcClient jdbc;

    InteractionCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    InteractionFigures figures(EventScope scope) {
        var sql = scope.daily() ? """
                select coalesce(sum(e.interactions), 0) as interactions,
                       coalesce(sum(e.first_contact), 0) as first_contact,
                       coalesce(sum(e.resolved), 0) as resolved,
                       coalesce(sum(e.resolution_seconds), 0) as resolution_seconds
                """ + scope.sql() : """
                select count(*) as interactions,
                       count(*) filter (where e.resolved_on_first_contact) as first_contact,
                       count(e.resolved_at) as resolved,
                       coalesce(sum(extract(epoch from e.resolved_at) - extract(epoch from e.occurred_at)), 0) as resolution_seconds
                """ + scope.sql();
        return jdbc.sql(sql).params(scope.params())
                .query((rs, row) -> new InteractionFigures(
                        FirstContactResolution.of(rs.getLong("first_contact"), rs.getLong("interactions")),
                        ResolutionTime.of(rs.getDouble("resolution_seconds"), rs.getLong("resolved"))))
                .single();
    }

    record InteractionFigures(FirstContactResolution firstContactResolution, ResolutionTime resolutionTime) {
    }
}
