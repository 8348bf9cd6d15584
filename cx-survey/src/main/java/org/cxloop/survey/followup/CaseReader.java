package org.cxloop.survey.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cxloop.core.Channel;
import org.cxloop.survey.feedback.FeedbackKind;
import org.cxloop.survey.response.SurveyType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads cases with their customer, answer, touchpoint and owner, for the screens and the staff mails. */
@Component
class CaseReader {

    /** A case is overdue while the customer has not been contacted and the due time has passed. */
    static final String OVERDUE = "f.status = 'NEW' and f.due_at <= :now";
    private static final String SELECT = """
            select f.*, c.external_id, c.name as customer_name, c.email as customer_email,
                c.survey_opt_out, t.name as touchpoint_name, k.name as campaign_name, r.survey_type,
                coalesce(r.score, fb.rating) as score, coalesce(r.comment, fb.text) as comment,
                coalesce(r.responded_at, fb.occurred_at) as responded_at, fb.kind as feedback_kind,
                fb.channel as feedback_channel, fb.rating_scale, u.display_name as owner_name
            from follow_up_case f
            left join survey_response r on r.id = f.response_id
            left join external_feedback fb on fb.id = f.feedback_id
            join customer c on c.id = f.customer_id
            left join touchpoint t on t.id = f.touchpoint_id
            left join campaign k on k.id = f.campaign_id
            left join app_user u on u.id = f.owner_id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseReader(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Cases matching the condition (which may use :now), most urgent first: overdue, then open, by due time. */
    List<CaseView> find(String condition, Map<String, ?> parameters, int limit) {
        return jdbc.sql(SELECT + " where " + condition + "\n" + """
                         order by case when f.status = 'NEW' and f.due_at <= :now then 0
                                       when f.status in ('NEW', 'CONTACTED') then 1 else 2 end,
                             f.due_at, f.id
                         limit""" + " " + limit)
                .params(parameters)
                .param("now", Timestamp.from(clock.instant()))
                .query(this::map).list();
    }

    /** Cases matching the condition, the most recently opened first. */
    List<CaseView> findNewest(String condition, Map<String, ?> parameters, int limit) {
        return jdbc.sql(SELECT + " where " + condition + " order by f.opened_at desc, f.id desc limit " + limit)
                .params(parameters)
                .query(this::map).list();
    }

    private CaseView map(ResultSet rs, int row) throws SQLException {
        var status = CaseStatus.valueOf(rs.getString("status"));
        var due = rs.getTimestamp("due_at").toInstant();
        var outcome = rs.getString("outcome");
        var type = rs.getString("survey_type");
        var kind = rs.getString("feedback_kind");
        var channel = rs.getString("feedback_channel");
        return new CaseView(rs.getLong("id"), status, outcome == null ? null : CaseOutcome.valueOf(outcome),
                rs.getString("external_id"), rs.getString("customer_name"), rs.getString("customer_email"),
                rs.getString("touchpoint_name"), rs.getString("campaign_name"),
                type == null ? null : SurveyType.valueOf(type), rs.getObject("score", Integer.class), rs.getString("comment"),
                rs.getTimestamp("responded_at").toInstant(), rs.getString("rule_name"),
                rs.getObject("owner_id", Long.class), rs.getString("owner_name"), rs.getInt("sla_hours"),
                rs.getTimestamp("opened_at").toInstant(), due, instant(rs.getTimestamp("first_contact_at")),
                instant(rs.getTimestamp("closed_at")), status == CaseStatus.NEW && !due.isAfter(clock.instant()),
                rs.getString("customer_email") != null && !rs.getBoolean("survey_opt_out"), rs.getObject("response_id", Long.class),
                rs.getObject("feedback_id", Long.class), kind == null ? null : FeedbackKind.valueOf(kind),
                channel == null ? null : Channel.valueOf(channel), rs.getObject("rating_scale", Integer.class));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
