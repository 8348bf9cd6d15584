package org.cxloop.metrics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cxloop.metrics.score.Ces;
import org.cxloop.metrics.score.Csat;
import org.cxloop.metrics.score.Nps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts survey answers in SQL, in total, per dimension or per part of a period, and scores the counts. */
@Component
class SurveyCounts {

    private static final String COUNTS = """
            count(*) filter (where e.survey_type = 'NPS') as nps_responses,
            count(*) filter (where e.survey_type = 'NPS' and e.score >= 9) as promoters,
            count(*) filter (where e.survey_type = 'NPS' and e.score <= 6) as detractors,
            count(*) filter (where e.survey_type = 'CSAT') as csat_responses,
            count(*) filter (where e.survey_type = 'CSAT' and e.score >= 4) as satisfied,
            count(*) filter (where e.survey_type = 'CES') as ces_responses,
            coalesce(sum(e.score) filter (where e.survey_type = 'CES'), 0) as ces_sum,
            coalesce(sum(e.score * e.score) filter (where e.survey_type = 'CES'), 0) as ces_sum_of_squares,
            count(*) filter (where e.survey_type = 'CES' and e.score >= 5) as ces_easy""";

    /** The same counts added up from the daily rollup's rows. */
    private static final String DAILY_COUNTS = """
            coalesce(sum(e.responses) filter (where e.survey_type = 'NPS'), 0) as nps_responses,
            coalesce(sum(e.promoters), 0) as promoters,
            coalesce(sum(e.detractors), 0) as detractors,
            coalesce(sum(e.responses) filter (where e.survey_type = 'CSAT'), 0) as csat_responses,
            coalesce(sum(e.satisfied), 0) as satisfied,
            coalesce(sum(e.responses) filter (where e.survey_type = 'CES'), 0) as ces_responses,
            coalesce(sum(e.score_sum) filter (where e.survey_type = 'CES'), 0) as ces_sum,
            coalesce(sum(e.score_sum_of_squares) filter (where e.survey_type = 'CES'), 0) as ces_sum_of_squares,
            coalesce(sum(e.easy), 0) as ces_easy""";

    /** Leaves out groups whose rollup rows all went back to zero (their answers were deleted or moved). */
    private static final String DAILY_NOT_EMPTY = " having sum(e.responses) > 0";

    private final JdbcClient jdbc;

    SurveyCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    SurveyScores total(EventScope scope) {
        return jdbc.sql("select " + counts(scope) + scope.sql()).params(scope.params())
                .query((rs, row) -> scores(rs)).single();
    }

    /** One entry per value of the dimension that has answers, ordered by that value (no value last). */
    List<BreakdownEntry> by(Dimension dimension, EventScope scope) {
        var key = scope.column(dimension);
        return jdbc.sql("select " + key + " as entry_key, " + counts(scope) + scope.sql() + " group by " + key
                        + (scope.daily() ? DAILY_NOT_EMPTY : "") + " order by " + key)
                .params(scope.params())
                .query((rs, row) -> BreakdownEntry.of(rs.getString("entry_key"), scores(rs)))
                .list();
    }

    /** NPS detractors and answers per touchpoint, each with its stage's code: both drivers rankings from one query. */
    List<NpsCounts> npsByTouchpoint(EventScope scope) {
        var counts = scope.daily()
                ? "coalesce(sum(e.detractors), 0) as detractors, coalesce(sum(e.responses) filter (where e.survey_type = 'NPS'), 0) as responses"
                : "count(*) filter (where e.survey_type = 'NPS' and e.score <= 6) as detractors, count(*) filter (where e.survey_type = 'NPS') as responses";
        return jdbc.sql("select t.code as touchpoint, s.code as stage, " + counts + scope.sql() + " group by t.code, s.code")
                .params(scope.params())
                .query((rs, row) -> new NpsCounts(rs.getString("touchpoint"), rs.getString("stage"), rs.getLong("detractors"),
                        rs.getLong("responses")))
                .list();
    }

    record NpsCounts(String touchpoint, String stage, long detractors, long responses) {
    }

    /** Scores per part of the scope's period, by part index; parts without answers are absent. */
    Map<Integer, SurveyScores> byPart(EventScope scope, List<?> boundaries) {
        var part = scope.partIndex(boundaries);
        var columns = scope.daily()
                ? "e.survey_type, e.responses, e.promoters, e.detractors, e.satisfied, e.easy, e.score_sum, e.score_sum_of_squares"
                : "e.survey_type, e.score";
        // grouped outside a subquery: PostgreSQL cannot match a GROUP BY expression that holds bind parameters
        return jdbc.sql("select e.part, " + counts(scope) + " from (select " + part + " as part, " + columns
                        + scope.sql() + ") e group by e.part" + (scope.daily() ? DAILY_NOT_EMPTY : ""))
                .params(scope.params())
                .query((rs, row) -> Map.entry(rs.getInt("part"), scores(rs)))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static String counts(EventScope scope) {
        return scope.daily() ? DAILY_COUNTS : COUNTS;
    }

    private static SurveyScores scores(ResultSet rs) throws SQLException {
        return new SurveyScores(
                Nps.of(rs.getLong("promoters"), rs.getLong("detractors"), rs.getLong("nps_responses")),
                Csat.of(rs.getLong("satisfied"), rs.getLong("csat_responses")),
                Ces.of(rs.getLong("ces_sum"), rs.getLong("ces_sum_of_squares"), rs.getLong("ces_easy"),
                        rs.getLong("ces_responses")));
    }
}
