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
import org.cxloop.metrics.score.Nps;
import org.cxloop.survey.response.SurveyType;
import org.cxloop.survey.voice.Sentiment;
import org.cxloop.survey.voice.Text;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The voice of the customer in figures: comments found by the dashboard filter, words, sentiment, topic and score
 * band, a page at a time; and per topic its mentions, their trend, the share that is negative and the NPS of the
 * customers who mention it. Counted in SQL, over the answers themselves (a comment's analysis is not in the rollups).
 */
@Service
public class VoiceMetrics {

    private static final String ANALYSIS = "left join comment_analysis a on a.response_id = e.id";
    private static final String TOPICS = """
            join comment_analysis a on a.response_id = e.id
            join comment_topic ct on ct.response_id = e.id
            join voice_topic vt on vt.id = ct.topic_id""";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    VoiceMetrics(JdbcClient jdbc, @Value("${cx.time-zone:UTC}") ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    public CommentPage comments(CommentQuery query) {
        var scope = EventScope.responses(query.filter(), zone);
        var params = new HashMap<>(scope.params());
        var where = new StringBuilder(" and e.comment is not null");
        if (query.text() != null) {
            where.append(" and a.search_text like :text escape '\\'");
            params.put("text", "%" + Text.fold(query.text()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (query.sentiment() != null) {
            where.append(" and a.sentiment = :sentiment");
            params.put("sentiment", query.sentiment().name());
        }
        if (query.topic() != null) {
            where.append(" and exists (select 1 from comment_topic qt join voice_topic qv on qv.id = qt.topic_id"
                    + " where qt.response_id = e.id and qv.code = :topic)");
            params.put("topic", query.topic());
        }
        if (query.band() != null) {
            where.append(" and (").append(query.band().condition()).append(")");
        }
        var from = scope.sqlJoining(ANALYSIS) + where;
        var total = jdbc.sql("select count(*)" + from).params(params).query(Long.class).single();
        params.put("offset", (long) query.page() * query.size());
        params.put("size", query.size());
        var rows = jdbc.sql("""
                        select e.id, e.responded_at, e.survey_type, e.score, e.comment, t.code, t.name, c.external_id,
                            a.language, a.sentiment, a.sentiment_corrected, a.topics_corrected, a.corrected_by"""
                        + from + " order by e.responded_at desc, e.id desc offset :offset rows fetch next :size rows only")
                .params(params).query(VoiceMetrics::row).list();
        var topics = topicsOf(rows.stream().map(CommentEntry::responseId).toList());
        var entries = rows.stream().map(r -> new CommentEntry(r.responseId(), r.respondedAt(), r.surveyType(), r.score(),
                r.comment(), r.touchpoint(), r.touchpointName(), r.customer(), r.language(), r.sentiment(), r.corrected(),
                r.correctedBy(), topics.getOrDefault(r.responseId(), List.of()))).toList();
        return new CommentPage(entries, query.page(), query.size(), total);
    }

    /** Every topic mentioned in the filter's period, most mentioned first. */
    public List<TopicEntry> topics(MetricsFilter filter, Granularity granularity) {
        var parts = filter.period().split(granularity);
        if (parts.size() > Metrics.MAX_POINTS) {
            granularity = Granularity.MONTH;
            parts = filter.period().split(granularity);
        }
        var scope = EventScope.responses(filter, zone);
        var boundaries = parts.stream().skip(1).map(p -> p.startIn(zone)).toList();
        var part = scope.partIndex(boundaries);
        var byPart = new LinkedHashMap<String, long[]>();
        var mentions = new HashMap<String, long[]>();
        jdbc.sql("select m.code, m.part, count(*) as n, sum(m.negative) as negative from (select vt.code, " + part
                        + " as part, case when a.sentiment = 'NEGATIVE' then 1 else 0 end as negative"
                        + scope.sqlJoining(TOPICS) + ") m group by m.code, m.part")
                .params(scope.params())
                .query(rs -> {
                    var code = rs.getString("code");
                    byPart.computeIfAbsent(code, k -> new long[boundaries.size() + 1])[rs.getInt("part")] = rs.getLong("n");
                    var totals = mentions.computeIfAbsent(code, k -> new long[2]);
                    totals[0] += rs.getLong("n");
                    totals[1] += rs.getLong("negative");
                });
        var previous = mentionsIn(filter.in(filter.period().previous()));
        var nps = npsOfMentioners(filter);
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

    private Map<String, Long> mentionsIn(MetricsFilter filter) {
        var scope = EventScope.responses(filter, zone);
        var counts = new HashMap<String, Long>();
        jdbc.sql("select vt.code, count(*)" + scope.sqlJoining(TOPICS) + " group by vt.code").params(scope.params())
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /** Per topic, the NPS of the NPS answers in the filter given by customers who mention the topic in the filter. */
    private Map<String, Nps> npsOfMentioners(MetricsFilter filter) {
        var scope = EventScope.responses(filter, zone);
        var nps = new HashMap<String, Nps>();
        jdbc.sql("""
                        select m.code, count(case when n.score >= 9 then 1 end) as promoters,
                            count(case when n.score <= 6 then 1 end) as detractors, count(*) as responses
                        from (select distinct vt.code, e.customer_id""" + scope.sqlJoining(TOPICS) + """
                        ) m join (select e.customer_id, e.score""" + scope.sql() + """
                         and e.survey_type = 'NPS') n on n.customer_id = m.customer_id
                        group by m.code""")
                .params(scope.params())
                .query(rs -> {
                    nps.put(rs.getString("code"), Nps.of(rs.getLong("promoters"), rs.getLong("detractors"), rs.getLong("responses")));
                });
        return nps;
    }

    private Map<Long, List<String>> topicsOf(List<Long> responseIds) {
        var topics = new HashMap<Long, List<String>>();
        if (responseIds.isEmpty()) {
            return topics;
        }
        jdbc.sql("""
                        select ct.response_id, vt.code from comment_topic ct join voice_topic vt on vt.id = ct.topic_id
                        where ct.response_id in (:ids) order by vt.code""")
                .param("ids", responseIds)
                .query(rs -> {
                    topics.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return topics;
    }

    private static CommentEntry row(ResultSet rs, int n) throws SQLException {
        var sentiment = rs.getString("sentiment");
        return new CommentEntry(rs.getLong("id"), rs.getTimestamp("responded_at").toInstant(),
                SurveyType.valueOf(rs.getString("survey_type")), rs.getInt("score"), rs.getString("comment"),
                rs.getString("code"), rs.getString("name"), rs.getString("external_id"), rs.getString("language"),
                sentiment == null ? null : Sentiment.valueOf(sentiment),
                rs.getBoolean("sentiment_corrected") || rs.getBoolean("topics_corrected"), rs.getString("corrected_by"),
                List.of());
    }
}
