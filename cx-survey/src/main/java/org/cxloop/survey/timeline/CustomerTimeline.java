package org.cxloop.survey.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.cxloop.core.Channel;
import org.cxloop.survey.response.SurveyType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads a customer's timeline in one query: interactions, invitations (with their delivery state), answers, feedback
 * from other channels and follow-up cases merged and ordered newest first, a page at a time, each part through its (customer, time) index.
 */
@Service
public class CustomerTimeline {

    /** The most entries one page holds. */
    public static final int PAGE_SIZE = 25;

    /** The last page one can ask for, so an offset never makes the database walk the whole history. */
    public static final int MAX_PAGE = 400;

    private static final String ENTRIES = """
            select e.* from (
                select 'INTERACTION' as kind, x.occurred_at as at, x.id as ref_id, t.code as tp_code, t.name as tp_name,
                    t.channel as channel, cast(null as varchar(150)) as title,
                    case when x.resolved_on_first_contact then 'FIRST_CONTACT'
                         when x.resolved_at is not null then 'RESOLVED' else 'OPEN' end as state,
                    cast(null as varchar(4)) as survey_type, cast(null as integer) as score,
                    cast(null as varchar(4000)) as comment
                from interaction x join touchpoint t on t.id = x.touchpoint_id
                where x.customer_id = :customer
                union all
                select 'INVITATION', i.created_at, i.id, t.code, t.name, 'EMAIL', k.name, i.status, s.survey_type,
                    cast(null as integer), cast(null as varchar(4000))
                from invitation i join campaign k on k.id = i.campaign_id join survey s on s.id = k.survey_id
                    join touchpoint t on t.id = k.touchpoint_id
                where i.customer_id = :customer
                union all
                select 'ANSWER', r.responded_at, r.id, t.code, t.name, t.channel, cast(null as varchar(150)), r.source,
                    r.survey_type, cast(r.score as integer), r.comment
                from survey_response r join touchpoint t on t.id = r.touchpoint_id
                where r.customer_id = :customer
                union all
                select 'CASE', f.opened_at, f.id, t.code, t.name, coalesce(t.channel, fb.channel), f.rule_name, f.status,
                    r.survey_type, cast(coalesce(r.score, fb.rating) as integer), cast(null as varchar(4000))
                from follow_up_case f left join survey_response r on r.id = f.response_id
                    left join external_feedback fb on fb.id = f.feedback_id left join touchpoint t on t.id = f.touchpoint_id
                where f.customer_id = :customer
                union all
                select 'FEEDBACK', b.occurred_at, b.id, t.code, t.name, b.channel, b.kind, cast(b.rating_scale as varchar(10)),
                    cast(null as varchar(4)), cast(b.rating as integer), b.text
                from external_feedback b left join touchpoint t on t.id = b.touchpoint_id
                where b.customer_id = :customer
            ) e
            order by e.at desc, e.kind, e.ref_id desc
            limit :limit offset :offset""";

    private static final String COUNTS = """
            select (select count(*) from interaction where customer_id = :customer) as interactions,
                   (select count(*) from invitation where customer_id = :customer) as invitations,
                   (select count(*) from survey_response where customer_id = :customer) as answers,
                   (select count(*) from follow_up_case where customer_id = :customer) as cases,
                   (select count(*) from external_feedback where customer_id = :customer) as feedback""";

    private final JdbcClient jdbc;

    CustomerTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Page {@code page} (from 0; out-of-range pages are brought back into range) of the customer's timeline. */
    public TimelinePage page(long customerId, int page) {
        var chosen = Math.clamp(page, 0, MAX_PAGE);
        var entries = jdbc.sql(ENTRIES)
                .param("customer", customerId)
                .param("limit", PAGE_SIZE + 1)
                .param("offset", chosen * PAGE_SIZE)
                .query(CustomerTimeline::entry).list();
        return jdbc.sql(COUNTS).param("customer", customerId)
                .query((rs, row) -> new TimelinePage(entries.subList(0, Math.min(PAGE_SIZE, entries.size())), chosen,
                        entries.size() > PAGE_SIZE, rs.getLong("interactions"), rs.getLong("invitations"),
                        rs.getLong("answers"), rs.getLong("cases"), rs.getLong("feedback")))
                .single();
    }

    private static TimelineEntry entry(ResultSet rs, int row) throws SQLException {
        var type = rs.getString("survey_type");
        return new TimelineEntry(TimelineEntry.Kind.valueOf(rs.getString("kind")), rs.getTimestamp("at").toInstant(),
                rs.getLong("ref_id"), rs.getString("tp_code"), rs.getString("tp_name"), Channel.valueOf(rs.getString("channel")),
                rs.getString("title"), rs.getString("state"), type == null ? null : SurveyType.valueOf(type),
                rs.getObject("score", Integer.class), rs.getString("comment"));
    }
}
