package org.cxloop.survey.privacy;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.cxloop.core.NotFoundException;
import org.cxloop.survey.response.Responses;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Data-access and erasure requests for one customer, and the comment retention rule. */
@Service
@Transactional(readOnly = true)
public class CustomerPrivacy {

    static final String ERASED_NAME = "Erased customer";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Responses responses;

    CustomerPrivacy(JdbcClient jdbc, Clock clock, Responses responses) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.responses = responses;
    }

    public CustomerDataExport export(String externalId) {
        var id = idOf(externalId);
        var profile = jdbc.sql("""
                        select external_id, name, email, locale, segment, customer_since, churned_at, marketing_consent,
                            survey_opt_out, created_at, updated_at from customer where id = :id""")
                .param("id", id)
                .query((rs, n) -> new CustomerDataExport.Profile(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getDate(6).toLocalDate(), date(rs.getDate(7)),
                        rs.getBoolean(8), rs.getBoolean(9), instant(rs.getTimestamp(10)), instant(rs.getTimestamp(11))))
                .single();
        var interactions = jdbc.sql("""
                        select t.code, x.occurred_at, x.resolved_on_first_contact, x.resolved_at
                        from interaction x join touchpoint t on t.id = x.touchpoint_id
                        where x.customer_id = :id order by x.occurred_at""")
                .param("id", id)
                .query((rs, n) -> new CustomerDataExport.Interaction(rs.getString(1), instant(rs.getTimestamp(2)),
                        rs.getBoolean(3), instant(rs.getTimestamp(4))))
                .list();
        var invitations = jdbc.sql("""
                        select k.name, i.status, i.created_at, i.sent_at, i.opened_at, i.answered_at, i.expires_at
                        from invitation i join campaign k on k.id = i.campaign_id
                        where i.customer_id = :id order by i.created_at""")
                .param("id", id)
                .query((rs, n) -> new CustomerDataExport.Invitation(rs.getString(1), rs.getString(2),
                        instant(rs.getTimestamp(3)), instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)),
                        instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7))))
                .list();
        var responses = jdbc.sql("""
                        select t.code, r.survey_type, r.score, r.comment, r.responded_at, r.source, r.id
                        from survey_response r join touchpoint t on t.id = r.touchpoint_id
                        where r.customer_id = :id order by r.responded_at""")
                .param("id", id)
                .query(this::response)
                .list();
        var feedback = jdbc.sql("""
                        select f.kind, f.channel, t.code, f.rating, f.rating_scale, f.text, f.occurred_at, f.author, f.link,
                            f.external_ref, f.origin
                        from external_feedback f left join touchpoint t on t.id = f.touchpoint_id
                        where f.customer_id = :id order by f.occurred_at, f.id""")
                .param("id", id)
                .query((rs, n) -> new CustomerDataExport.Feedback(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, Integer.class), rs.getObject(5, Integer.class), rs.getString(6),
                        instant(rs.getTimestamp(7)), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11)))
                .list();
        return new CustomerDataExport(clock.instant(), profile, interactions, invitations, responses, feedback);
    }

    /**
     * Removes the customer's personal data: name, email and external id are replaced, free-text comments deleted
     * (with the text, author, link and reference of their feedback from other channels, and its analysis), and the
     * customer is opted out of surveys for good. Scores, dates, segment and channels stay, anonymous, so
     * every metric reads the same before and after; webhook deliveries about the customer, sent or not, are deleted.
     * Returns the anonymous id that replaces the external id.
     */
    @Transactional
    public String erase(String externalId) {
        var id = idOf(externalId);
        var anonymousId = "erased-" + UUID.randomUUID();
        var now = Timestamp.from(clock.instant());
        // A bounced address is personal data too; it stays suppressed while another customer still has it.
        jdbc.sql("""
                        delete from mail_suppression where email = (select lower(email) from customer where id = :id)
                          and not exists (select 1 from customer o where o.id <> :id and lower(o.email) = mail_suppression.email)""")
                .param("id", id).update();
        jdbc.sql("""
                        update customer set external_id = :anonymous, name = :name, email = null, marketing_consent = false,
                            survey_opt_out = true, erased_at = :now, updated_at = :now where id = :id""")
                .param("anonymous", anonymousId).param("name", ERASED_NAME).param("now", now).param("id", id).update();
        jdbc.sql("update survey_response set comment = null where customer_id = :id").param("id", id).update();
        jdbc.sql("update survey_answer set text = null where response_id in (select r.id from survey_response r where r.customer_id = :id)")
                .param("id", id).update();
        jdbc.sql("delete from comment_analysis where response_id in (select r.id from survey_response r where r.customer_id = :id)")
                .param("id", id).update();
        jdbc.sql("delete from feedback_analysis where feedback_id in (select f.id from external_feedback f where f.customer_id = :id)")
                .param("id", id).update();
        jdbc.sql("update external_feedback set text = '', author = null, link = null, external_ref = null where customer_id = :id")
                .param("id", id).update();
        jdbc.sql("""
                        update mail_outbox set status = 'CANCELLED' where status = 'PENDING'
                          and invitation_id in (select i.id from invitation i where i.customer_id = :id)""")
                .param("id", id).update();
        jdbc.sql("delete from webhook_delivery where customer_id = :id").param("id", id).update();
        return anonymousId;
    }

    /**
     * Deletes the text of comments, and of feedback from other channels (with its author and link), older than the
     * retention period; scores and ratings stay. Returns how many comments.
     */
    @Transactional
    public int anonymiseCommentsOlderThan(Duration retention) {
        var before = Timestamp.from(clock.instant().minus(retention));
        jdbc.sql("""
                        update survey_answer set text = null where text is not null
                          and response_id in (select r.id from survey_response r where r.responded_at < :before)""")
                .param("before", before).update();
        var anonymised = jdbc.sql("update survey_response set comment = null where comment is not null and responded_at < :before")
                .param("before", before).update();
        jdbc.sql("""
                        delete from comment_analysis where response_id in
                            (select r.id from survey_response r where r.comment is null and r.responded_at < :before)""")
                .param("before", before).update();
        jdbc.sql("""
                        delete from feedback_analysis where feedback_id in
                            (select f.id from external_feedback f where f.text <> '' and f.occurred_at < :before)""")
                .param("before", before).update();
        jdbc.sql("update external_feedback set text = '', author = null, link = null where text <> '' and occurred_at < :before")
                .param("before", before).update();
        return anonymised;
    }

    private long idOf(String externalId) {
        return jdbc.sql("select id from customer where external_id = :id").param("id", externalId)
                .query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("No customer has the external id '" + externalId + "'."));
    }

    private CustomerDataExport.Response response(ResultSet rs, int row) throws SQLException {
        return new CustomerDataExport.Response(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                instant(rs.getTimestamp(5)), rs.getString(6), responses.extraAnswers(rs.getLong(7)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static java.time.LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
