package org.cxloop.survey.voice;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores what the local analysis reads in outside feedback (social mentions, reviews, contact-centre notes), in
 * tables next to the survey comments' ones: as it arrives, for an import chunk's rows, and for feedback with none yet.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackAnalyses {

    /** The feedback after {@code :after} with no analysis (the bound repeated as in CommentAnalyses). */
    private static final String UNANALYSED_AFTER = """
            select f.id, f.text, c.locale from external_feedback f left join customer c on c.id = f.customer_id
            where f.id > :after and f.text <> ''
              and not exists (select 1 from feedback_analysis a where a.feedback_id = f.id and a.feedback_id > :after)
            """;

    private static final String INSERT_ANALYSIS = """
            insert into feedback_analysis (feedback_id, language, sentiment, sentiment_score, analysed_sentiment,
                search_text, analysed_at)
            values (:id, :language, :sentiment, :score, :sentiment, :search, :now)""";
    private static final String INSERT_TOPIC = "insert into feedback_topic (feedback_id, topic_id) values (:feedback, :topic)";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;
    private final CommentAnalyser analyser;
    private final VoiceTopics topics;
    private final Clock clock;

    FeedbackAnalyses(JdbcClient jdbc, NamedParameterJdbcTemplate batches, CommentAnalyser analyser, VoiceTopics topics,
            Clock clock) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.analyser = analyser;
        this.topics = topics;
        this.clock = clock;
    }

    /** Analyses one stored piece of feedback, in the caller's transaction, and returns what it read. */
    @Transactional
    public CommentAnalysis analyse(long feedbackId, String text, String customerLocale) {
        var keywords = topics.matchers();
        var analysis = analyser.analyse(text, customerLocale, keywords);
        store(feedbackId, text, analysis, idsOf(keywords));
        return analysis;
    }

    /** Analyses the feedback stored after {@code lastIdBefore} that has none yet (an import chunk's rows). */
    @Transactional
    public int analyseStoredAfter(long lastIdBefore) {
        return analyseAll(UNANALYSED_AFTER + " order by f.id", Map.of("after", lastIdBefore)).size();
    }

    /**
     * Analyses up to {@link CommentAnalyses#BATCH} pieces of feedback with no analysis yet after {@code afterId};
     * returns the last id it read, from which the next batch goes on, or -1 when none was left.
     */
    @Transactional
    public long analyseNextBatchAfter(long afterId) {
        var rows = analyseAll(UNANALYSED_AFTER + " order by f.id fetch first " + CommentAnalyses.BATCH
                + " rows only", Map.of("after", afterId));
        return rows.isEmpty() ? -1 : rows.getLast().id();
    }

    /** Analyses again, with today's keyword lists, a batch of feedback after {@code afterId}; -1 when none was left. */
    @Transactional
    public long reanalyseBatchAfter(long afterId) {
        var rows = jdbc.sql("""
                        select f.id, f.text, c.locale from feedback_analysis a join external_feedback f on f.id = a.feedback_id
                        left join customer c on c.id = f.customer_id where a.feedback_id > :after order by a.feedback_id
                        fetch first %d rows only""".formatted(CommentAnalyses.BATCH))
                .param("after", afterId).query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        jdbc.sql("delete from feedback_analysis where feedback_id in (:ids)")
                .param("ids", rows.isEmpty() ? List.of(-1L) : rows.stream().map(Stored::id).toList()).update();
        store(rows);
        return rows.isEmpty() ? -1 : rows.getLast().id();
    }

    private List<Stored> analyseAll(String sql, Map<String, Object> params) {
        var rows = jdbc.sql(sql).params(params)
                .query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        store(rows);
        return rows;
    }

    /**
     * Stores the analyses of the rows in one JDBC batch and their topics in another (multi-row inserts on PostgreSQL),
     * not a round trip per row, as CommentAnalyses does for an import chunk's comments.
     */
    private void store(List<Stored> rows) {
        var keywords = topics.matchers();
        var ids = idsOf(keywords);
        var now = Timestamp.from(clock.instant());
        var analyses = new ArrayList<MapSqlParameterSource>(rows.size());
        var tags = new ArrayList<MapSqlParameterSource>();
        for (var row : rows) {
            var analysis = analyser.analyse(row.text(), row.locale(), keywords);
            analyses.add(analysisRow(row.id(), row.text(), analysis, now));
            tags.addAll(topicRows(row.id(), analysis, ids));
        }
        if (!analyses.isEmpty()) {
            batches.batchUpdate(INSERT_ANALYSIS, analyses.toArray(MapSqlParameterSource[]::new));
        }
        if (!tags.isEmpty()) {
            batches.batchUpdate(INSERT_TOPIC, tags.toArray(MapSqlParameterSource[]::new));
        }
    }

    private void store(long feedbackId, String text, CommentAnalysis analysis, Map<String, Long> ids) {
        jdbc.sql(INSERT_ANALYSIS).params(analysisRow(feedbackId, text, analysis, Timestamp.from(clock.instant())).getValues())
                .update();
        for (var topic : topicRows(feedbackId, analysis, ids)) {
            jdbc.sql(INSERT_TOPIC).params(topic.getValues()).update();
        }
    }

    private static MapSqlParameterSource analysisRow(long feedbackId, String text, CommentAnalysis analysis, Timestamp now) {
        return new MapSqlParameterSource("id", feedbackId).addValue("language", analysis.language())
                .addValue("sentiment", analysis.sentiment().name()).addValue("score", analysis.score())
                .addValue("search", Text.fold(text)).addValue("now", now);
    }

    private static List<MapSqlParameterSource> topicRows(long feedbackId, CommentAnalysis analysis, Map<String, Long> ids) {
        var rows = new ArrayList<MapSqlParameterSource>();
        for (var code : analysis.topics()) {
            var topicId = ids.get(code);
            if (topicId != null) {
                rows.add(new MapSqlParameterSource("feedback", feedbackId).addValue("topic", topicId));
            }
        }
        return rows;
    }

    private static Map<String, Long> idsOf(List<TopicMatcher.TopicKeywords> keywords) {
        var ids = new HashMap<String, Long>();
        keywords.forEach(k -> ids.put(k.code(), k.id()));
        return ids;
    }

    private record Stored(long id, String text, String locale) {
    }
}
