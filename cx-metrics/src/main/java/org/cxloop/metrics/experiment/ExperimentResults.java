package org.cxloop.metrics.experiment;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cxloop.core.experiment.ExperimentView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts an experiment's interactions and answers per variant in SQL (answers at its touchpoint, inside its time
 * window, carrying one of its variants) and compares them.
 */
@Service
@Transactional(readOnly = true)
public class ExperimentResults {

    private final JdbcClient jdbc;

    ExperimentResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ExperimentComparison compare(ExperimentView experiment) {
        var window = experiment.endsAt() == null ? "" : " and %s < :endsAt";
        var answers = new HashMap<String, Map<String, long[]>>();
        jdbc.sql("""
                        select variant, survey_type, count(*) as answers,
                            count(case when score >= 9 then 1 end) as promoters,
                            count(case when score <= 6 then 1 end) as detractors,
                            count(case when score >= 4 then 1 end) as satisfied,
                            coalesce(sum(score), 0) as total, coalesce(sum(score * score), 0) as squares
                        from survey_response
                        where touchpoint_id = :touchpoint and variant in (:variants) and responded_at >= :startsAt"""
                        + window.formatted("responded_at") + " group by variant, survey_type")
                .params(parameters(experiment))
                .query(rs -> {
                    answers.computeIfAbsent(rs.getString("variant"), v -> new HashMap<>()).put(rs.getString("survey_type"),
                            new long[] {rs.getLong("answers"), rs.getLong("promoters"), rs.getLong("detractors"),
                                    rs.getLong("satisfied"), rs.getLong("total"), rs.getLong("squares")});
                });
        var interactions = new HashMap<String, Long>();
        jdbc.sql("""
                        select variant, count(*) as interactions from interaction
                        where touchpoint_id = :touchpoint and variant in (:variants) and occurred_at >= :startsAt"""
                        + window.formatted("occurred_at") + " group by variant")
                .params(parameters(experiment))
                .query(rs -> {
                    interactions.put(rs.getString("variant"), rs.getLong("interactions"));
                });
        var variants = experiment.variants();
        var empty = new long[6];
        var reach = variants.stream().map(v -> new ExperimentComparison.VariantReach(v, interactions.getOrDefault(v, 0L),
                answers.getOrDefault(v, Map.of()).values().stream().mapToLong(c -> c[0]).sum())).toList();
        var nps = variants.stream().map(v -> {
            var c = answers.getOrDefault(v, Map.of()).getOrDefault("NPS", empty);
            return Sample.ofNps(v, c[1], c[0] - c[1] - c[2], c[2]);
        }).toList();
        var csat = variants.stream().map(v -> {
            var c = answers.getOrDefault(v, Map.of()).getOrDefault("CSAT", empty);
            return Sample.ofTopBox(v, c[3], c[0]);
        }).toList();
        var ces = variants.stream().map(v -> {
            var c = answers.getOrDefault(v, Map.of()).getOrDefault("CES", empty);
            return Sample.ofScores(v, c[0], c[4], c[5]);
        }).toList();
        return new ExperimentComparison(experiment, reach, MetricComparison.of(Metric.NPS, nps),
                MetricComparison.of(Metric.CSAT, csat), MetricComparison.of(Metric.CES, ces));
    }

    private static Map<String, Object> parameters(ExperimentView experiment) {
        var parameters = new HashMap<String, Object>();
        parameters.put("touchpoint", experiment.touchpointId());
        parameters.put("variants", List.copyOf(experiment.variants()));
        parameters.put("startsAt", Timestamp.from(experiment.startsAt()));
        if (experiment.endsAt() != null) {
            parameters.put("endsAt", Timestamp.from(experiment.endsAt()));
        }
        return parameters;
    }
}
