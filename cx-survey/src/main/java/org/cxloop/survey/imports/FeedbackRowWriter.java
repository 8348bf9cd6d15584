package org.cxloop.survey.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.cxloop.core.InvalidInputException;
import org.cxloop.survey.feedback.FeedbackChecks;
import org.cxloop.survey.feedback.NewFeedback;
import org.cxloop.survey.voice.FeedbackAnalyses;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Feedback rows: {@code kind,channel,customer_external_id,touchpoint,rating,rating_scale,text,occurred_at,author,link,
 * external_ref}, checked by the same rules as the API. A row whose external_ref is stored already is skipped, so a file
 * imported twice stores nothing new; a row without one gets a reference made from its content for the same reason.
 * Stored with origin IMPORT (no follow-up cases), their texts analysed in the same transaction.
 */
@Component
class FeedbackRowWriter implements RowWriter {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final FeedbackAnalyses analyses;

    FeedbackRowWriter(NamedParameterJdbcTemplate jdbc, Clock clock, FeedbackAnalyses analyses) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.analyses = analyses;
    }

    @Override
    public List<Rejection> write(List<ParsedRow> rows) {
        var rejections = new ArrayList<Rejection>();
        var customerIds = lookup("select external_id as k, id from customer where external_id in (:keys)", rows, 2);
        var touchpointIds = lookup("select code as k, id from touchpoint where code in (:keys)", rows, 3);
        var now = clock.instant();
        var batch = new ArrayList<MapSqlParameterSource>();
        for (var row : rows) {
            if (row.values().size() != ImportKind.FEEDBACK.columns().size()) {
                rejections.add(new Rejection(row.line(), "Expected 11 columns, found " + row.values().size() + "."));
                continue;
            }
            if (row.values().stream().anyMatch(v -> v != null && v.indexOf('\0') >= 0)) {
                rejections.add(new Rejection(row.line(), "The row contains the NUL character, which cannot be stored."));
                continue;
            }
            var problem = problem(row, customerIds, touchpointIds);
            if (problem != null) {
                rejections.add(new Rejection(row.line(), problem));
                continue;
            }
            FeedbackChecks.Checked checked;
            try {
                checked = FeedbackChecks.check(new NewFeedback(row.get(0), row.get(1), row.get(2), row.get(3),
                        number(row.get(4)), number(row.get(5)), row.get(6), instant(row.get(7)), row.get(8), row.get(9),
                        row.get(10)), now);
            } catch (InvalidInputException e) {
                rejections.add(new Rejection(row.line(), e.getMessage()));
                continue;
            }
            batch.add(new MapSqlParameterSource().addValue("kind", checked.kind().name())
                    .addValue("channel", checked.channel().name())
                    .addValue("customer", checked.customer() == null ? null : customerIds.get(checked.customer()))
                    .addValue("touchpoint", checked.touchpoint() == null ? null : touchpointIds.get(checked.touchpoint()))
                    .addValue("rating", checked.rating()).addValue("scale", checked.ratingScale())
                    .addValue("text", checked.text()).addValue("occurredAt", Timestamp.from(checked.occurredAt()))
                    .addValue("author", checked.author()).addValue("link", checked.link())
                    .addValue("ref", checked.externalRef() != null ? checked.externalRef() : contentRef(row))
                    .addValue("now", Timestamp.from(now)));
        }
        if (!batch.isEmpty()) {
            var lastIdBefore = jdbc.getJdbcTemplate().queryForObject("select coalesce(max(id), 0) from external_feedback", Long.class);
            jdbc.batchUpdate("""
                    insert into external_feedback (kind, channel, customer_id, touchpoint_id, rating, rating_scale, text,
                        occurred_at, author, link, external_ref, origin, created_at)
                    values (:kind, :channel, :customer, :touchpoint, :rating, :scale, :text, :occurredAt, :author, :link,
                        :ref, 'IMPORT', :now)
                    on conflict do nothing""", batch.toArray(MapSqlParameterSource[]::new));
            analyses.analyseStoredAfter(lastIdBefore);
        }
        return rejections;
    }

    private static String problem(ParsedRow row, Map<String, Long> customers, Map<String, Long> touchpoints) {
        if (!row.get(2).isEmpty() && !customers.containsKey(row.get(2))) {
            return "No customer has the external id '" + CustomerRowWriter.shorten(row.get(2)) + "'.";
        }
        if (!row.get(3).isEmpty() && !touchpoints.containsKey(row.get(3))) {
            return "No touchpoint has the code '" + CustomerRowWriter.shorten(row.get(3)) + "'.";
        }
        if (!row.get(4).isEmpty() && number(row.get(4)) == null) {
            return "rating must be a whole number (found '" + CustomerRowWriter.shorten(row.get(4)) + "').";
        }
        if (!row.get(5).isEmpty() && number(row.get(5)) == null) {
            return "rating_scale must be 5 or 10 (found '" + CustomerRowWriter.shorten(row.get(5)) + "').";
        }
        if (!row.get(7).isEmpty() && instant(row.get(7)) == null) {
            return "occurred_at must be an ISO date-time with offset or a date (found '"
                    + CustomerRowWriter.shorten(row.get(7)) + "').";
        }
        return null;
    }

    /** A reference made from what the row says, so the same row imported again is recognised. */
    private static String contentRef(ParsedRow row) {
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\u001f", row.values()).getBytes(StandardCharsets.UTF_8));
            return "csv:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private Map<String, Long> lookup(String sql, List<ParsedRow> rows, int column) {
        var keys = rows.stream().map(r -> r.get(column)).filter(k -> !k.isEmpty() && k.indexOf('\0') < 0).distinct().toList();
        var ids = new HashMap<String, Long>();
        if (!keys.isEmpty()) {
            jdbc.query(sql, new MapSqlParameterSource("keys", keys), rs -> {
                ids.put(rs.getString("k"), rs.getLong("id"));
            });
        }
        return ids;
    }

    private static Integer number(String value) {
        return value.matches("-?\\d{1,3}") ? Integer.valueOf(value) : null;
    }

    private static Instant instant(String value) {
        try {
            return value.isEmpty() ? null : value.length() == 10
                    ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
