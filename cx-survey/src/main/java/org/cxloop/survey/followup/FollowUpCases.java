package org.cxloop.survey.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.NotFoundException;
import org.cxloop.survey.feedback.FeedbackReceived;
import org.cxloop.survey.response.AnsweringCustomers;
import org.cxloop.survey.response.ResponseRecorded;
import org.cxloop.survey.response.ResponseSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up cases: opened by the first matching rule when a customer's answer, or negative feedback about a known
 * customer, arrives (in its own transaction), then worked by their owner. Every change is kept in the case's history.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpCases {

    static final int MAX_NOTE_LENGTH = 4000;
    private static final int QUEUE_LIMIT = 200;

    private final JdbcClient jdbc;
    private final CaseReader reader;
    private final FollowUpRules rules;
    private final FollowUpMailOutbox mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AnsweringCustomers customers;

    FollowUpCases(JdbcClient jdbc, CaseReader reader, FollowUpRules rules, FollowUpMailOutbox mail,
            ApplicationEventPublisher events, Clock clock, AnsweringCustomers customers) {
        this.jdbc = jdbc;
        this.reader = reader;
        this.rules = rules;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
        this.customers = customers;
    }

    /** Opens a case when the first matching rule asks for one; answers from history imports never do. */
    @EventListener
    @Transactional
    public void open(ResponseRecorded answer) {
        if (answer.source() == ResponseSource.IMPORT || answer.source() == ResponseSource.DEMO) {
            return;
        }
        var segment = customers.of(answer).map(AnsweringCustomers.Facts::segment).orElse(null);
        var facts = new Answer(answer.touchpointId(), answer.campaignId(), answer.surveyType(), answer.score(),
                answer.comment(), segment);
        rules.decide(facts).ifPresent(rule -> openCase(rule, answer.responseId(), null, answer.customerId(),
                answer.touchpointId(), answer.campaignId()));
    }

    private void openCase(FollowUpRule chosen, Long responseId, Long feedbackId, long customerId, Long touchpointId,
            Long campaignId) {
        var now = clock.instant();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into follow_up_case (response_id, feedback_id, customer_id, touchpoint_id, campaign_id, rule_id,
                            rule_name, owner_id, status, sla_hours, opened_at, due_at)
                        values (:response, :feedback, :customer, :touchpoint, :campaign, :rule, :ruleName, :owner, 'NEW',
                            :sla, :now, :due)""")
                .param("response", responseId).param("feedback", feedbackId).param("customer", customerId)
                .param("touchpoint", touchpointId).param("campaign", campaignId)
                .param("rule", chosen.id()).param("ruleName", chosen.name()).param("owner", chosen.ownerId())
                .param("sla", chosen.slaHours()).param("now", Timestamp.from(now))
                .param("due", Timestamp.from(now.plus(Duration.ofHours(chosen.slaHours()))))
                .update(keys, "id");
        var id = keys.getKey().longValue();
        record(id, "OPENED", null, CaseStatus.NEW, null, chosen.ownerId(), null);
        if (chosen.ownerId() != null) {
            mail.queueCaseOpened(id, chosen.ownerId());
        }
        events.publishEvent(new CaseOpened(id, responseId, feedbackId));
    }

    /**
     * Opens a case for negative feedback about a known customer when the first matching rule asks for one (feedback
     * about nobody in particular leaves nobody to contact). Runs in the feedback's own transaction.
     */
    @EventListener
    @Transactional
    public void open(FeedbackReceived feedback) {
        if (feedback.customerId() == null) {
            return;
        }
        var segment = jdbc.sql("select segment from customer where id = :id").param("id", feedback.customerId())
                .query(String.class).optional().orElse(null);
        rules.decide(Answer.feedback(feedback.touchpointId(), feedback.text(), segment, feedback.negative()))
                .ifPresent(rule -> openCase(rule, null, feedback.feedbackId(), feedback.customerId(),
                        feedback.touchpointId(), null));
    }

    /** The cases a queue asks for, most urgent first: overdue ones, then by due time. */
    public List<CaseView> queue(CaseQuery query) {
        var condition = new StringBuilder(query.status() == null ? "f.status in ('NEW', 'CONTACTED')" : "f.status = :status");
        var parameters = new HashMap<String, Object>();
        if (query.status() != null) {
            parameters.put("status", query.status().name());
        }
        if (query.ownerId() != null) {
            condition.append(" and f.owner_id = :owner");
            parameters.put("owner", query.ownerId());
        }
        if (query.overdueOnly()) {
            condition.append(" and ").append(CaseReader.OVERDUE);
        }
        return reader.find(condition.toString(), parameters, QUEUE_LIMIT);
    }

    /** The latest cases opened on one touchpoint's answers, newest first, at most {@code limit}. */
    public List<CaseView> forTouchpoint(String touchpointCode, int limit) {
        return reader.findNewest("t.code = :code", Map.of("code", touchpointCode), limit);
    }

    public CaseView get(long id) {
        return reader.find("f.id = :id", Map.of("id", id), 1).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("No follow-up case has the id " + id + "."));
    }

    public List<CaseHistoryEntry> history(long id) {
        return jdbc.sql("""
                        select e.kind, e.actor, e.status, e.outcome, u.display_name as owner_name, e.note, e.created_at
                        from follow_up_case_event e left join app_user u on u.id = e.owner_id
                        where e.case_id = :id order by e.created_at, e.id""")
                .param("id", id)
                .query((rs, n) -> new CaseHistoryEntry(rs.getString("kind"), rs.getString("actor"),
                        rs.getString("status") == null ? null : CaseStatus.valueOf(rs.getString("status")),
                        rs.getString("outcome") == null ? null : CaseOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("owner_name"), rs.getString("note"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    @Transactional
    public void addNote(long id, String actor, String note) {
        var text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.length() > MAX_NOTE_LENGTH) {
            throw new InvalidInputException("note", "followUpCase.note.size",
                    "A note needs some text, at most " + MAX_NOTE_LENGTH + " characters.");
        }
        get(id);
        record(id, "NOTE", actor, null, null, null, text);
    }

    /**
     * Moves a case on. Leaving NEW records the first contact; closing needs an outcome and is final.
     */
    @Transactional
    public void changeStatus(long id, String actor, CaseStatus status, CaseOutcome outcome) {
        changeStatus(id, actor, status, outcome, false);
    }

    /**
     * Moves a case on, and when it closes and {@code messageCustomer} asks for it, queues a short localized message to
     * the customer in the same transaction, unless they have no email address or opted out (then nothing is sent).
     */
    @Transactional
    public void changeStatus(long id, String actor, CaseStatus status, CaseOutcome outcome, boolean messageCustomer) {
        var current = get(id);
        if (current.status() == CaseStatus.CLOSED) {
            throw new InvalidInputException("status", "followUpCase.status.closed", "A closed case cannot change.");
        }
        if (status == CaseStatus.NEW || status == current.status()) {
            throw new InvalidInputException("status", "followUpCase.status.invalid",
                    "Choose a status the case is not in yet; a case never goes back to new.");
        }
        if (status == CaseStatus.CLOSED && outcome == null) {
            throw new InvalidInputException("outcome", "followUpCase.outcome.required",
                    "Say whether the customer was won back.");
        }
        var now = clock.instant();
        var opened = current.openedAt();
        jdbc.sql("""
                        update follow_up_case set status = :status,
                            first_contact_at = coalesce(first_contact_at, :now),
                            first_contact_seconds = coalesce(first_contact_seconds, :contactSeconds),
                            outcome = :outcome, closed_at = :closedAt, close_seconds = :closeSeconds
                        where id = :id""")
                .param("status", status.name()).param("now", Timestamp.from(now))
                .param("contactSeconds", Duration.between(opened, now).toSeconds())
                .param("outcome", status == CaseStatus.CLOSED ? outcome.name() : null)
                .param("closedAt", status == CaseStatus.CLOSED ? Timestamp.from(now) : null)
                .param("closeSeconds", status == CaseStatus.CLOSED ? Duration.between(opened, now).toSeconds() : null)
                .param("id", id).update();
        record(id, "STATUS", actor, status, status == CaseStatus.CLOSED ? outcome : null, null, null);
        if (status == CaseStatus.CLOSED && messageCustomer && mail.queueClosingMessage(id)) {
            record(id, "MESSAGED", actor, null, null, null, null);
        }
    }

    /** Hands a case to another user, who hears of it by mail. */
    @Transactional
    public void assign(long id, String actor, long ownerId) {
        var current = get(id);
        if (current.status() == CaseStatus.CLOSED) {
            throw new InvalidInputException("ownerId", "followUpCase.status.closed", "A closed case cannot change.");
        }
        if (jdbc.sql("select count(*) from app_user where id = :id and enabled = true").param("id", ownerId)
                .query(Long.class).single() == 0) {
            throw new InvalidInputException("ownerId", "followUpCase.owner.unknown", "The owner must be an enabled user.");
        }
        if (Long.valueOf(ownerId).equals(current.ownerId())) {
            return;
        }
        jdbc.sql("update follow_up_case set owner_id = :owner where id = :id").param("owner", ownerId).param("id", id).update();
        record(id, "ASSIGNED", actor, null, null, ownerId, null);
        mail.queueCaseOpened(id, ownerId);
    }

    /** The loop's KPIs over every case, counted in SQL. */
    public FollowUpKpis kpis() {
        var closedLoopNps = jdbc.sql("""
                        select count(*) as customers,
                            count(case when before_score >= 9 then 1 end) as promoters_before,
                            count(case when before_score <= 6 then 1 end) as detractors_before,
                            count(case when after_score >= 9 then 1 end) as promoters_after,
                            count(case when after_score <= 6 then 1 end) as detractors_after
                        from (select b.score as before_score,
                                  (select r.score from survey_response r
                                   where r.customer_id = f.customer_id and r.survey_type = 'NPS' and r.responded_at > f.closed_at
                                   order by r.responded_at, r.id fetch first 1 rows only) as after_score
                              from follow_up_case f join survey_response b on b.id = f.response_id
                              where f.status = 'CLOSED' and b.survey_type = 'NPS') pairs
                        where after_score is not null""")
                .query((rs, n) -> new ClosedLoopNps(rs.getLong("customers"), rs.getLong("promoters_before"),
                        rs.getLong("detractors_before"), rs.getLong("promoters_after"), rs.getLong("detractors_after")))
                .single();
        return jdbc.sql("""
                        select count(*) filter (where status in ('NEW', 'CONTACTED')) as open_cases,
                            count(*) filter (where status = 'NEW' and due_at <= :now) as overdue,
                            count(*) filter (where status = 'CLOSED') as closed,
                            avg(first_contact_seconds) as first_contact,
                            avg(close_seconds) as to_close,
                            count(*) filter (where status = 'CLOSED' and first_contact_at <= due_at) as closed_in_sla
                        from follow_up_case""")
                .param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> {
                    var closed = rs.getLong("closed");
                    return new FollowUpKpis(rs.getLong("open_cases"), rs.getLong("overdue"), closed,
                            seconds(rs.getBigDecimal("first_contact")),
                            seconds(rs.getBigDecimal("to_close")),
                            closed == 0 ? null : 100.0 * rs.getLong("closed_in_sla") / closed, closedLoopNps);
                })
                .single();
    }

    private void record(long caseId, String kind, String actor, CaseStatus status, CaseOutcome outcome, Long ownerId,
            String note) {
        jdbc.sql("""
                        insert into follow_up_case_event (case_id, kind, actor, status, outcome, owner_id, note, created_at)
                        values (:case, :kind, :actor, :status, :outcome, :owner, :note, :now)""")
                .param("case", caseId).param("kind", kind).param("actor", actor)
                .param("status", status == null ? null : status.name())
                .param("outcome", outcome == null ? null : outcome.name())
                .param("owner", ownerId).param("note", note).param("now", Timestamp.from(clock.instant()))
                .update();
    }

    private static Duration seconds(BigDecimal value) {
        return value == null ? null : Duration.ofSeconds(value.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }
}
