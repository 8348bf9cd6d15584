package org.cxloop.survey.voice;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.NotFoundException;
import org.cxloop.survey.response.AnsweringCustomers;
import org.cxloop.survey.response.ResponseRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the analysis of each comment: as an answer arrives (in its own transaction), for the rows of an import
 * chunk, and for comments that have none yet (the backfill). A person's correction of the sentiment or the topics is
 * kept with who made it and when, in a history of its own, and a later analysis never overwrites it.
 */
@Service
@Transactional(readOnly = true)
public class CommentAnalyses {

    public static final int BATCH = 500;
    /**
     * The answers after {@code :after} with a comment and no analysis. The subquery repeats the bound so that
     * PostgreSQL reads the analyses from {@code :after} on too, not from the first one.
     */
    private static final String UNANALYSED_AFTER = """
            select r.id, r.comment, c.locale from survey_response r join customer c on c.id = r.customer_id
            where r.id > :after and r.comment is not null
              and not exists (select 1 from comment_analysis a where a.response_id = r.id and a.response_id > :after)
            """;

    private static final String INSERT_ANALYSIS = """
            insert into comment_analysis (response_id, language, sentiment, sentiment_score, analysed_sentiment,
                search_text, analysed_at)
            values (:id, :language, :sentiment, :score, :sentiment, :search, :now) on conflict do nothing""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;
    private final CommentAnalyser analyser;
    private final VoiceTopics topics;
    private final Clock clock;
    private final AnsweringCustomers customers;

    CommentAnalyses(JdbcClient jdbc, NamedParameterJdbcTemplate batches, CommentAnalyser analyser, VoiceTopics topics,
            Clock clock, AnsweringCustomers customers) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.analyser = analyser;
        this.topics = topics;
        this.clock = clock;
        this.customers = customers;
    }

    /** Analyses the comment of an answer as it is stored, in the same transaction. */
    @EventListener
    @Transactional
    public void onRecorded(ResponseRecorded answer) {
        if (answer.comment() == null || answer.comment().isBlank()) {
            return;
        }
        var locale = customers.of(answer).map(AnsweringCustomers.Facts::locale).orElse(null);
        var keywords = topics.matchers();
        store(answer.responseId(), answer.comment(), analyser.analyse(answer.comment(), locale, keywords), idsOf(keywords));
    }

    /** Analyses the comments of answers stored after {@code lastIdBefore} that have none yet (an import chunk's rows). */
    @Transactional
    public int analyseStoredAfter(long lastIdBefore) {
        return analyse(UNANALYSED_AFTER + " order by r.id", Map.of("after", lastIdBefore)).size();
    }

    /**
     * Analyses up to {@link #BATCH} comments that have no analysis yet among the answers after {@code afterId}, oldest
     * first; returns the last answer id it read, from which the next batch goes on, or -1 when none was left. Going on
     * from an id keeps each batch's read short: starting from the first answer each time, a backfill of millions of
     * comments re-read every comment analysed so far in every batch.
     */
    @Transactional
    public long analyseNextBatchAfter(long afterId) {
        var rows = analyse(UNANALYSED_AFTER + " order by r.id fetch first " + BATCH + " rows only",
                Map.of("after", afterId));
        return rows.isEmpty() ? -1 : rows.getLast().id();
    }

    /**
     * Analyses again, with today's keyword lists, up to {@link #BATCH} analysed comments after {@code afterId}, keeping
     * what people corrected. Returns the last id it read, or -1 when there were none.
     */
    @Transactional
    public long reanalyseBatchAfter(long afterId) {
        var keywords = topics.matchers();
        var rows = jdbc.sql("""
                        select r.id, r.comment, c.locale, a.sentiment_corrected, a.topics_corrected
                        from comment_analysis a join survey_response r on r.id = a.response_id
                        join customer c on c.id = r.customer_id
                        where a.response_id > :after and r.comment is not null order by a.response_id
                        fetch first %d rows only""".formatted(BATCH))
                .param("after", afterId)
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getBoolean(5)))
                .list();
        var ids = idsOf(keywords);
        var now = Timestamp.from(clock.instant());
        for (var row : rows) {
            var analysis = analyser.analyse(row.comment(), row.locale(), keywords);
            jdbc.sql("""
                            update comment_analysis set language = :language, analysed_sentiment = :sentiment,
                                sentiment = case when sentiment_corrected then sentiment else :sentiment end,
                                sentiment_score = :score, analysed_at = :now where response_id = :id""")
                    .param("language", analysis.language()).param("sentiment", analysis.sentiment().name())
                    .param("score", analysis.score()).param("now", now).param("id", row.id()).update();
            if (!row.topicsCorrected()) {
                jdbc.sql("delete from comment_topic where response_id = :id").param("id", row.id()).update();
                tag(row.id(), analysis.topics(), ids);
            }
        }
        return rows.isEmpty() ? -1 : rows.getLast().id();
    }

    /**
     * A person's reading of a comment: its sentiment and topics (codes) from now on, whatever a later analysis says.
     */
    @Transactional
    public void correct(long responseId, String actor, Sentiment sentiment, Collection<String> topicCodes) {
        if (sentiment == null) {
            throw new InvalidInputException("sentiment", "comments.sentiment.required", "Choose a sentiment.");
        }
        var exists = jdbc.sql("select count(*) from comment_analysis where response_id = :id").param("id", responseId)
                .query(Long.class).single() > 0;
        if (!exists) {
            throw new NotFoundException("No analysed comment belongs to the response " + responseId + ".");
        }
        var codes = new LinkedHashSet<String>(topicCodes == null ? List.of() : topicCodes);
        var ids = topics.ids(codes);
        var now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        update comment_analysis set sentiment = :sentiment, sentiment_corrected = true, topics_corrected = true,
                            corrected_by = :actor, corrected_at = :now where response_id = :id""")
                .param("sentiment", sentiment.name()).param("actor", actor).param("now", now).param("id", responseId).update();
        jdbc.sql("delete from comment_topic where response_id = :id").param("id", responseId).update();
        tag(responseId, List.copyOf(codes), ids);
        jdbc.sql("""
                        insert into comment_correction (response_id, sentiment, topic_codes, corrected_by, corrected_at)
                        values (:id, :sentiment, :topics, :actor, :now)""")
                .param("id", responseId).param("sentiment", sentiment.name()).param("topics", String.join(",", codes))
                .param("actor", actor).param("now", now).update();
    }

    /** The corrections made to one comment, oldest first. */
    public List<Correction> corrections(long responseId) {
        return jdbc.sql("""
                        select sentiment, topic_codes, corrected_by, corrected_at from comment_correction
                        where response_id = :id order by corrected_at, id""")
                .param("id", responseId)
                .query((rs, n) -> new Correction(Sentiment.valueOf(rs.getString(1)),
                        rs.getString(2).isEmpty() ? List.of() : List.of(rs.getString(2).split(",")),
                        rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list();
    }

    private List<Stored> analyse(String sql, Map<String, Object> params) {
        var keywords = topics.matchers();
        var ids = idsOf(keywords);
        var rows = jdbc.sql(sql).params(params)
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), false, false))
                .list();
        // One JDBC batch for the analyses and one for the topics (multi-row inserts on PostgreSQL), not a round trip
        // per comment: those were a quarter of a CSV import's time. The rows were read as unanalysed in this
        // transaction, so an analysis that another one stored meanwhile is left as it is (on conflict do nothing).
        var now = Timestamp.from(clock.instant());
        var analyses = new ArrayList<MapSqlParameterSource>(rows.size());
        var tags = new ArrayList<MapSqlParameterSource>();
        for (var row : rows) {
            var analysis = analyser.analyse(row.comment(), row.locale(), keywords);
            analyses.add(analysisRow(row.id(), row.comment(), analysis, now));
            for (var code : analysis.topics()) {
                var topicId = ids.get(code);
                if (topicId != null) {
                    tags.add(new MapSqlParameterSource("response", row.id()).addValue("topic", topicId));
                }
            }
        }
        if (!analyses.isEmpty()) {
            batches.batchUpdate(INSERT_ANALYSIS, analyses.toArray(MapSqlParameterSource[]::new));
        }
        if (!tags.isEmpty()) {
            batches.batchUpdate("insert into comment_topic (response_id, topic_id) values (:response, :topic) on conflict do nothing",
                    tags.toArray(MapSqlParameterSource[]::new));
        }
        return rows;
    }

    private MapSqlParameterSource analysisRow(long responseId, String comment, CommentAnalysis analysis, Timestamp now) {
        return new MapSqlParameterSource("id", responseId).addValue("language", analysis.language())
                .addValue("sentiment", analysis.sentiment().name()).addValue("score", analysis.score())
                .addValue("search", Text.fold(comment)).addValue("now", now);
    }

    private static Map<String, Long> idsOf(List<TopicMatcher.TopicKeywords> keywords) {
        var ids = new java.util.HashMap<String, Long>();
        keywords.forEach(k -> ids.put(k.code(), k.id()));
        return ids;
    }

    private void store(long responseId, String comment, CommentAnalysis analysis, Map<String, Long> ids) {
        var inserted = jdbc.sql(INSERT_ANALYSIS)
                .params(analysisRow(responseId, comment, analysis, Timestamp.from(clock.instant())).getValues()).update();
        if (inserted == 1) {
            tag(responseId, analysis.topics(), ids);
        }
    }

    /** Tags the response with the topics (codes without a stored topic are left out), in one statement. */
    private void tag(long responseId, List<String> codes, Map<String, Long> ids) {
        var values = new java.util.ArrayList<Object>();
        for (var code : codes) {
            var topicId = ids.get(code);
            if (topicId != null) {
                values.add(responseId);
                values.add(topicId);
            }
        }
        if (!values.isEmpty()) {
            var rows = String.join(", ", java.util.Collections.nCopies(values.size() / 2, "(?, ?)"));
            jdbc.sql("insert into comment_topic (response_id, topic_id) values " + rows).params(values).update();
        }
    }

    private record Stored(long id, String comment, String locale, boolean sentimentCorrected, boolean topicsCorrected) {
    }

    /** One correction a person made: the sentiment and topic codes they chose, who, and when. */
    public record Correction(Sentiment sentiment, List<String> topics, String by, java.time.Instant at) {
    }
}
