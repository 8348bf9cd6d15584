package org.cxloop.metrics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.cxloop.core.Channel;
import org.cxloop.metrics.score.Nps;
import org.cxloop.survey.feedback.FeedbackKind;
import org.cxloop.survey.response.SurveyType;
import org.cxloop.survey.voice.CommentSource;
import org.cxloop.survey.voice.Sentiment;
import org.cxloop.survey.voice.Text;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The voice of the customer in figures: comments (of survey answers and of feedback from other channels) found by the
 * dashboard filter, words, sentiment, topic, score band and source, a page at a time; and per topic its mentions, their
 * trend, the share that is negative and the NPS of the customers who mention it. Counted in SQL, over the answers and
 * the feedback themselves (a comment's analysis is not in the rollups).
 */
@Service
public class VoiceMetrics {

    private static final String ANALYSIS = "left join comment_analysis a on a.response_id = e.id";
    private static final String TOPICS = """
            join comment_analysis a on a.response_id = e.id
            join comment_topic ct on ct.response_id = e.id
            join voice_topic vt on vt.id = ct.topic_id""";
    private static final String FEEDBACK_TOPICS = """
            join feedback_analysis a on a.feedback_id = e.id
            join feedback_topic ct on ct.feedback_id = e.id
            join voice_topic vt on vt.id = ct.topic_id""";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    VoiceMetrics(JdbcClient jdbc, @Value("${cx.time-zone:UTC}") ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    public CommentPage comments(CommentQuery query) {
        var params = new HashMap<String, Object>();
        var parts = new ArrayList<String>();
        if (query.source() != CommentSource.FEEDBACK) {
            var scope = EventScope.responses(query.filter(), zone);
            params.putAll(scope.params());
            parts.add("""
                    select 'SURVEY' as source, e.id, e.responded_at as at, e.survey_type, e.score,
                        cast(null as smallint) as rating_scale, cast(null as varchar(14)) as kind, t.channel,
                        e.comment as text, t.code, t.name, c.external_id, a.language, a.sentiment,
                        a.sentiment_corrected, a.topics_corrected, a.corrected_by"""
                    + scope.sqlJoining(ANALYSIS) + " and e.comment is not null"
                    + narrowing(query, "comment_topic", "response_id", query.band() == null ? null : query.band().condition(), params));
        }
        if (query.source() != CommentSource.SURVEY) {
            var scope = new FeedbackScope(query.filter(), zone, "left join feedback_analysis a on a.feedback_id = e.id");
            params.putAll(scope.params());
            parts.add("""
                    select 'FEEDBACK' as source, e.id, e.occurred_at as at, cast(null as varchar(4)) as survey_type,
                        e.rating as score, e.rating_scale, e.kind, e.channel, e.text, t.code, t.name, c.external_id,
                        a.language, a.sentiment, false as sentiment_corrected, false as topics_corrected,
                        cast(null as varchar(320)) as corrected_by"""
                    + scope.sql() + " and e.text <> ''"
                    + narrowing(query, "feedback_topic", "feedback_id", query.band() == null ? null : query.band().feedbackCondition(), params));
        }
        var from = " from (" + String.join("\nunion all\n", parts) + ") x";
        var total = jdbc.sql("select count(*)" + from).params(params).query(Long.class).single();
        params.put("offset", (long) query.page() * query.size());
        params.put("size", query.size());
        var rows = jdbc.sql("select x.*" + from + " order by x.at desc, x.source, x.id desc offset :offset rows fetch next :size rows only")
                .params(params).query(VoiceMetrics::row).list();
        var surveyTopics = topicsOf("comment_topic", "response_id", rows, CommentSource.SURVEY);
        var feedbackTopics = topicsOf("feedback_topic", "feedback_id", rows, CommentSource.FEEDBACK);
        var entries = rows.stream().map(r -> r.withTopics((r.fromSurvey() ? surveyTopics : feedbackTopics)
                .getOrDefault(r.id(), List.of()))).toList();
        return new CommentPage(entries, query.page(), query.size(), total);
    }

    /** The comment page's own conditions (words, sentiment, topic, band) over one source's analysis tables. */
    private static String narrowing(CommentQuery query, String topicTable, String idColumn, String band,
            Map<String, Object> params) {
        var where = new StringBuilder();
        if (query.text() != null) {
            where.append(" and a.search_text like :text escape '\\'");
            params.put("text", "%" + Text.fold(query.text()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (query.sentiment() != null) {
            where.append(" and a.sentiment = :sentiment");
            params.put("sentiment", query.sentiment().name());
        }
        if (query.topic() != null) {
            where.append(" and exists (select 1 from ").append(topicTable).append(" qt join voice_topic qv on qv.id = qt.topic_id")
                    .append(" where qt.").append(idColumn).append(" = e.id and qv.code = :topic)");
            params.put("topic", query.topic());
        }
        if (band != null) {
            where.append(" and (").append(band).append(")");
        }
        return where.toString();
    }

    /** Every topic mentioned in the filter's period, in survey comments and feedback, most mentioned first. */
    public List<TopicEntry> topics(MetricsFilter filter, Granularity granularity) {
        return topics(filter, granularity, null);
    }

    /** Every topic mentioned in the filter's period by comments from {@code source} (null: both), most mentioned first. */
    public List<TopicEntry> topics(MetricsFilter filter, Granularity granularity, CommentSource source) {
        var parts = filter.period().split(granularity);
        if (parts.size() > Metrics.MAX_POINTS) {
            granularity = Granularity.MONTH;
            parts = filter.period().split(granularity);
        }
        var boundaries = parts.stream().skip(1).map(p -> p.startIn(zone)).toList();
        var params = new HashMap<String, Object>();
        var selects = new ArrayList<String>();
        if (source != CommentSource.FEEDBACK) {
            var scope = EventScope.responses(filter, zone);
            var part = scope.partIndex(boundaries);
            params.putAll(scope.params());
            selects.add("select vt.code, " + part + " as part, a.sentiment" + scope.sqlJoining(TOPICS));
        }
        if (source != CommentSource.SURVEY) {
            var scope = new FeedbackScope(filter, zone, FEEDBACK_TOPICS);
            var part = scope.partIndex(boundaries);
            params.putAll(scope.params());
            selects.add("select vt.code, " + part + " as part, a.sentiment" + scope.sql());
        }
        var byPart = new LinkedHashMap<String, long[]>();
        var mentions = new HashMap<String, long[]>();
        jdbc.sql("select m.code, m.part, count(*) as n, sum(case when m.sentiment = 'NEGATIVE' then 1 else 0 end) as negative"
                        + " from (" + String.join("\nunion all\n", selects) + ") m group by m.code, m.part")
                .params(params)
                .query(rs -> {
                    var code = rs.getString("code");
                    byPart.computeIfAbsent(code, k -> new long[boundaries.size() + 1])[rs.getInt("part")] = rs.getLong("n");
                    var totals = mentions.computeIfAbsent(code, k -> new long[2]);
                    totals[0] += rs.getLong("n");
                    totals[1] += rs.getLong("negative");
                });
        var previous = mentionsIn(filter.in(filter.period().previous()), source);
        var nps = npsOfMentioners(filter, source);
        var finalParts = parts;
        var finalGranularity = granularity;
        var entries = new ArrayList<TopicEntry>();
        byPart.forEach((code, counts) -> entries.add(new TopicEntry(code, mentions.get(code)[0], previous.getOrDefault(code, 0L),
                mentions.get(code)[1], nps.getOrDefault(code, Nps.of(0, 0, 0)),
                IntStream.range(0, finalParts.size()).mapToObj(i -> new TrendPoint(finalParts.get(i).label(finalGranularity),
                        finalParts.get(i).from(), finalParts.get(i).to(), (double) counts[i], counts[i])).toList())));
        entries.sort((x, y) -> x.mentions() != y.mentions() ? Long.compare(y.mentions(), x.mentions()) : x.code().compareTo(y.code()));
        return entries;
    }

    private Map<String, Long> mentionsIn(MetricsFilter filter, CommentSource source) {
        var params = new HashMap<String, Object>();
        var selects = mentioners(filter, source, "vt.code", params);
        var counts = new HashMap<String, Long>();
        jdbc.sql("select m.code, count(*) from (" + String.join("\nunion all\n", selects) + ") m group by m.code")
                .params(params)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /**
     * Per topic, the NPS of the NPS answers in the filter given by customers who mention the topic in the filter (in a
     * survey comment or in feedback that names them). The score itself always comes from survey answers.
     */
    private Map<String, Nps> npsOfMentioners(MetricsFilter filter, CommentSource source) {
        var scope = EventScope.responses(filter, zone);
        var params = new HashMap<String, Object>(scope.params());
        var selects = mentioners(filter, source, "vt.code, e.customer_id", params);
        var nps = new HashMap<String, Nps>();
        jdbc.sql("""
                        select m.code, count(case when n.score >= 9 then 1 end) as promoters,
                            count(case when n.score <= 6 then 1 end) as detractors, count(*) as responses
                        from (select distinct u.code, u.customer_id from (""" + String.join("\nunion all\n", selects) + """
                        ) u where u.customer_id is not null) m join (select e.customer_id, e.score""" + scope.sql() + """
                         and e.survey_type = 'NPS') n on n.customer_id = m.customer_id
                        group by m.code""")
                .params(params)
                .query(rs -> {
                    nps.put(rs.getString("code"), Nps.of(rs.getLong("promoters"), rs.getLong("detractors"), rs.getLong("responses")));
                });
        return nps;
    }

    private List<String> mentioners(MetricsFilter filter, CommentSource source, String columns, Map<String, Object> params) {
        var selects = new ArrayList<String>();
        if (source != CommentSource.FEEDBACK) {
            var scope = EventScope.responses(filter, zone);
            params.putAll(scope.params());
            selects.add("select " + columns + scope.sqlJoining(TOPICS));
        }
        if (source != CommentSource.SURVEY) {
            var scope = new FeedbackScope(filter, zone, FEEDBACK_TOPICS);
            params.putAll(scope.params());
            selects.add("select " + columns + scope.sql());
        }
        return selects;
    }

    private Map<Long, List<String>> topicsOf(String table, String idColumn, List<CommentEntry> rows, CommentSource source) {
        var ids = rows.stream().filter(r -> r.source() == source).map(CommentEntry::id).toList();
        var topics = new HashMap<Long, List<String>>();
        if (ids.isEmpty()) {
            return topics;
        }
        jdbc.sql("select ct.%2$s, vt.code from %1$s ct join voice_topic vt on vt.id = ct.topic_id where ct.%2$s in (:ids) order by vt.code"
                        .formatted(table, idColumn))
                .param("ids", ids)
                .query(rs -> {
                    topics.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return topics;
    }

    private static CommentEntry row(ResultSet rs, int n) throws SQLException {
        var sentiment = rs.getString("sentiment");
        var type = rs.getString("survey_type");
        var kind = rs.getString("kind");
        var channel = rs.getString("channel");
        return new CommentEntry(rs.getLong("id"), CommentSource.valueOf(rs.getString("source")),
                rs.getTimestamp("at").toInstant(), type == null ? null : SurveyType.valueOf(type),
                rs.getObject("score", Integer.class), rs.getObject("rating_scale", Integer.class),
                kind == null ? null : FeedbackKind.valueOf(kind), channel == null ? null : Channel.valueOf(channel),
                rs.getString("text"), rs.getString("code"), rs.getString("name"), rs.getString("external_id"),
                rs.getString("language"), sentiment == null ? null : Sentiment.valueOf(sentiment),
                rs.getBoolean("sentiment_corrected") || rs.getBoolean("topics_corrected"), rs.getString("corrected_by"),
                List.of());
    }
}
