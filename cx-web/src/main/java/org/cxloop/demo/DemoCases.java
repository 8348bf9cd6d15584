package org.cxloop.demo;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.cxloop.survey.followup.CaseOutcome;
import org.cxloop.survey.followup.CaseStatus;
import org.cxloop.survey.response.SurveyType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The follow-up cases of the demo's last two weeks, so that a demo shows the loop closing and not only the answers:
 * one case per detractor answer, as the built-in rule opens them (unassigned, first contact due within 48 hours), moved
 * on as a care team would have by the time of the newest demo answer: first contact after 1 to 60 hours (so now and
 * then after the 48 allowed), most older cases closed, most of those with the customer won back, some contacted and
 * still open, the newest waiting for a first contact, a few of them overdue. Written as the rows and history entries
 * {@code FollowUpCases} writes, with the times they would carry.
 */
@Component
class DemoCases {

    private static final Duration WINDOW = Duration.ofDays(14);
    private static final String TEAM = "Customer care (demo)";
    private static final String RULE = "Detractors";
    private static final int SLA_HOURS = 48;

    private final JdbcTemplate jdbc;

    DemoCases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void write(long seed) {
        var asOf = jdbc.queryForObject("select max(responded_at) from survey_response where source = 'DEMO'",
                OffsetDateTime.class);
        if (asOf == null) {
            return;
        }
        var random = new SplittableRandom(seed);
        var end = asOf.toInstant();
        jdbc.query("""
                        select id, customer_id, touchpoint_id, survey_type, score, responded_at from survey_response
                        where source = 'DEMO' and responded_at > ? order by responded_at, id""",
                rs -> {
                    if (!SurveyType.valueOf(rs.getString("survey_type")).isDetractor(rs.getInt("score"))) {
                        return;
                    }
                    var opened = rs.getObject("responded_at", OffsetDateTime.class).toInstant().plus(Duration.ofMinutes(2));
                    var contacted = opened.plus(Duration.ofMinutes(random.nextInt(60, 60 * 60)));
                    var closed = contacted.plus(Duration.ofHours(random.nextInt(6, 96)));
                    var status = !closed.isAfter(end) && random.nextDouble() < 0.85 ? CaseStatus.CLOSED
                            : !contacted.isAfter(end) && random.nextDouble() < 0.9 ? CaseStatus.CONTACTED : CaseStatus.NEW;
                    var outcome = status == CaseStatus.CLOSED
                            ? (random.nextDouble() < 0.6 ? CaseOutcome.WON_BACK : CaseOutcome.NOT_WON_BACK) : null;
                    var id = open(rs.getLong("id"), rs.getLong("customer_id"), rs.getLong("touchpoint_id"), status, outcome,
                            opened, status == CaseStatus.NEW ? null : contacted, status == CaseStatus.CLOSED ? closed : null);
                    history(id, null, "OPENED", CaseStatus.NEW, null, opened);
                    if (status != CaseStatus.NEW) {
                        history(id, TEAM, "STATUS", CaseStatus.CONTACTED, null, contacted);
                    }
                    if (status == CaseStatus.CLOSED) {
                        history(id, TEAM, "STATUS", CaseStatus.CLOSED, outcome, closed);
                    }
                }, timestamp(end.minus(WINDOW)));
    }

    private long open(long responseId, long customerId, long touchpointId, CaseStatus status, CaseOutcome outcome,
            Instant opened, Instant contacted, Instant closed) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    insert into follow_up_case (response_id, customer_id, touchpoint_id, rule_name, status, outcome, sla_hours,
                        opened_at, due_at, first_contact_at, first_contact_seconds, closed_at, close_seconds)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            insert.setLong(1, responseId);
            insert.setLong(2, customerId);
            insert.setLong(3, touchpointId);
            insert.setString(4, RULE);
            insert.setString(5, status.name());
            insert.setString(6, outcome == null ? null : outcome.name());
            insert.setInt(7, SLA_HOURS);
            insert.setObject(8, timestamp(opened));
            insert.setObject(9, timestamp(opened.plus(Duration.ofHours(SLA_HOURS))));
            insert.setObject(10, timestamp(contacted));
            insert.setObject(11, contacted == null ? null : Duration.between(opened, contacted).toSeconds());
            insert.setObject(12, timestamp(closed));
            insert.setObject(13, closed == null ? null : Duration.between(opened, closed).toSeconds());
            return insert;
        }, keys);
        return keys.getKey().longValue();
    }

    private void history(long caseId, String actor, String kind, CaseStatus status, CaseOutcome outcome, Instant at) {
        jdbc.update("""
                insert into follow_up_case_event (case_id, kind, actor, status, outcome, created_at)
                values (?, ?, ?, ?, ?, ?)""", caseId, kind, actor, status.name(), outcome == null ? null : outcome.name(),
                timestamp(at));
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
