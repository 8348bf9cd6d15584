package org.cxloop.metrics;

import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts survey answers per touchpoint code in SQL, additive counts only (including the sum of CSAT scores for the
 * mean), so stage columns are the sums of their cards. The same SQL runs on H2 and PostgreSQL.
 */
@Component
class TouchpointCounts {

    private static final String COUNTS = """
            count(*) filter (where e.survey_type = 'NPS') as nps_responses,
            count(*) filter (where e.survey_type = 'NPS' and e.score >= 9) as promoters,
            count(*) filter (where e.survey_type = 'NPS' and e.score <= 6) as detractors,
            count(*) filter (where e.survey_type = 'CSAT') as csat_responses,
            count(*) filter (where e.survey_type = 'CSAT' and e.score >= 4) as satisfied,
            coalesce(sum(e.score) filter (where e.survey_type = 'CSAT'), 0) as csat_sum,
            count(*) filter (where e.survey_type = 'CES') as ces_responses,
            coalesce(sum(e.score) filter (where e.survey_type = 'CES'), 0) as ces_sum,
            coalesce(sum(e.score * e.score) filter (where e.survey_type = 'CES'), 0) as ces_sum_of_squares,
            count(*) filter (where e.survey_type = 'CES' and e.score >= 5) as ces_easy""";

    private final JdbcClient jdbc;

    TouchpointCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The counts of the period's answers per touchpoint code among {@code codes}; codes without answers are absent. */
    Map<String, SurveyTally> byTouchpoint(Period period, Collection<String> codes, ZoneId zone) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        var scope = EventScope.responses(MetricsFilter.of(period), zone);
        var params = new HashMap<>(scope.params());
        params.put("codes", codes);
        return jdbc.sql("select t.code as touchpoint, " + COUNTS + scope.sql() + " and t.code in (:codes) group by t.code")
                .params(params)
                .query((rs, row) -> Map.entry(rs.getString("touchpoint"), new SurveyTally(
                        rs.getLong("nps_responses"), rs.getLong("promoters"), rs.getLong("detractors"),
                        rs.getLong("csat_responses"), rs.getLong("satisfied"), rs.getLong("csat_sum"),
                        rs.getLong("ces_responses"), rs.getLong("ces_sum"), rs.getLong("ces_sum_of_squares"),
                        rs.getLong("ces_easy"))))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
