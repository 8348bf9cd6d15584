package org.cxloop.survey.response;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The latest comments customers left with their answers at one touchpoint: what a touchpoint page quotes. Read with
 * the touchpoint's (touchpoint, answered at) index, newest first.
 */
@Component
public class TouchpointComments {

    private final JdbcClient jdbc;

    TouchpointComments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * At most {@code limit} comments left at the touchpoint with this code from {@code from} (inclusive) to
     * {@code to} (exclusive), by customers of {@code segment} (any when null), newest first.
     */
    public List<TouchpointComment> latest(String touchpointCode, Instant from, Instant to, String segment, int limit) {
        return jdbc.sql("""
                        select r.id, r.survey_type, r.score, r.comment, r.responded_at, c.external_id, c.name
                        from survey_response r
                        join touchpoint t on t.id = r.touchpoint_id
                        join customer c on c.id = r.customer_id
                        where t.code = :code and r.responded_at >= :from and r.responded_at < :to
                          and r.comment is not null and r.comment <> ''
                          and (cast(:segment as varchar) is null or c.segment = :segment)
                        order by r.responded_at desc, r.id desc
                        limit :limit""")
                .param("code", touchpointCode)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("segment", segment)
                .param("limit", limit)
                .query((rs, row) -> new TouchpointComment(rs.getLong("id"), SurveyType.valueOf(rs.getString("survey_type")),
                        rs.getInt("score"), rs.getString("comment"), rs.getTimestamp("responded_at").toInstant(),
                        rs.getString("external_id"), rs.getString("name")))
                .list();
    }
}
