package org.cxloop.survey.imports;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.experiment.Experiments;
import org.cxloop.survey.response.SurveyType;
import org.cxloop.survey.voice.CommentAnalyses;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Historical response rows: {@code customer_external_id,touchpoint,survey_type,score,comment,responded_at}, where
 * responded_at is an ISO date-time with offset or a date (midnight UTC), and optionally a last {@code variant} column
 * (the experiment variant; left empty, a random split's seed decides). Stored with source IMPORT, their comments
 * analysed in the same transaction.
 */
@Component
class ResponseRowWriter implements RowWriter {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final Experiments experiments;
    private final CommentAnalyses comments;

    ResponseRowWriter(NamedParameterJdbcTemplate jdbc, Clock clock, Experiments experiments, CommentAnalyses comments) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.experiments = experiments;
        this.comments = comments;
    }

    @Override
    public List<Rejection> write(List<ParsedRow> rows) {
        var rejections = new ArrayList<Rejection>();
        var customerIds = lookup("select external_id as k, id from customer where external_id in (:keys)", rows, 0);
        var touchpointIds = lookup("select code as k, id from touchpoint where code in (:keys)", rows, 1);
        var now = clock.instant();
        var assigner = experiments.assigner();
        var batch = new ArrayList<MapSqlParameterSource>();
        for (var row : rows) {
            if (row.values().size() != 6 && row.values().size() != 7) {
                rejections.add(new Rejection(row.line(), "Expected 6 columns (7 with variant), found " + row.values().size() + "."));
                continue;
            }
            var customer = customerIds.get(row.get(0));
            var touchpoint = touchpointIds.get(row.get(1));
            SurveyType type;
            try {
                type = SurveyType.valueOf(row.get(2));
            } catch (IllegalArgumentException e) {
                rejections.add(new Rejection(row.line(), "survey_type must be NPS, CSAT or CES (found '"
                        + CustomerRowWriter.shorten(row.get(2)) + "')."));
                continue;
            }
            Integer score = row.get(3).matches("-?\\d{1,3}") ? Integer.valueOf(row.get(3)) : null;
            Instant respondedAt = instant(row.get(5));
            String problem = customer == null ? "No customer has the external id '" + CustomerRowWriter.shorten(row.get(0)) + "'."
                    : touchpoint == null ? "No touchpoint has the code '" + CustomerRowWriter.shorten(row.get(1)) + "'."
                    : score == null || !type.accepts(score) ? "score for " + type + " must be a whole number from "
                            + type.min() + " to " + type.max() + " (found '" + CustomerRowWriter.shorten(row.get(3)) + "')."
                    : row.get(4).length() > 2000 ? "comment can have at most 2000 characters."
                    : respondedAt == null ? "responded_at must be an ISO date-time with offset or a date (found '"
                            + CustomerRowWriter.shorten(row.get(5)) + "')."
                    : respondedAt.isAfter(now.plus(Duration.ofMinutes(5))) ? "responded_at is in the future."
                    : null;
            if (problem != null) {
                rejections.add(new Rejection(row.line(), problem));
                continue;
            }
            String variant;
            try {
                variant = assigner.variantFor(touchpoint, row.get(0), respondedAt, row.get(6)).orElse(null);
            } catch (InvalidInputException e) {
                rejections.add(new Rejection(row.line(), e.getMessage()));
                continue;
            }
            batch.add(new MapSqlParameterSource().addValue("variant", variant)
                    .addValue("customer", customer).addValue("touchpoint", touchpoint).addValue("type", type.name())
                    .addValue("score", score).addValue("comment", row.get(4).isEmpty() ? null : row.get(4))
                    .addValue("respondedAt", Timestamp.from(respondedAt)).addValue("now", Timestamp.from(now)));
        }
        if (!batch.isEmpty()) {
            var lastIdBefore = jdbc.getJdbcTemplate().queryForObject("select coalesce(max(id), 0) from survey_response", Long.class);
            jdbc.batchUpdate("""
                    insert into survey_response (customer_id, touchpoint_id, survey_type, score, comment, responded_at,
                        source, created_at, variant)
                    values (:customer, :touchpoint, :type, :score, :comment, :respondedAt, 'IMPORT', :now, :variant)""",
                    batch.toArray(MapSqlParameterSource[]::new));
            comments.analyseStoredAfter(lastIdBefore);
        }
        return rejections;
    }

    private Map<String, Long> lookup(String sql, List<ParsedRow> rows, int column) {
        var keys = rows.stream().map(r -> r.get(column)).filter(k -> !k.isEmpty()).distinct().toList();
        var ids = new HashMap<String, Long>();
        if (!keys.isEmpty()) {
            jdbc.query(sql, new MapSqlParameterSource("keys", keys), rs -> {
                ids.put(rs.getString("k"), rs.getLong("id"));
            });
        }
        return ids;
    }

    private static Instant instant(String value) {
        try {
            return value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
