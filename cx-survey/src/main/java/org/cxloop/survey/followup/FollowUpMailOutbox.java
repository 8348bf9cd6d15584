package org.cxloop.survey.followup;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cxloop.survey.delivery.LastError;
import org.cxloop.survey.delivery.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The follow-up side of the mail outbox: a case owner's notice, the daily digest of overdue cases and the closing
 * message to a customer are queued in the transaction that causes them and delivered with the same claim, retry and backoff rules as survey mail, so an
 * SMTP outage delays them but loses none and sends none twice.
 */
@Service
public class FollowUpMailOutbox {

    private static final Logger log = LoggerFactory.getLogger(FollowUpMailOutbox.class);
    private static final Duration CLAIM = Duration.ofMinutes(5);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);
    private static final int BATCH = 200;
    private static final int DIGEST_LIMIT = 100;

    private final JdbcClient jdbc;
    private final JavaMailSender mailSender;
    private final FollowUpMailComposer composer;
    private final CaseReader cases;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ZoneId zone;
    private final RetryPolicy retries;

    FollowUpMailOutbox(JdbcClient jdbc, JavaMailSender mailSender, FollowUpMailComposer composer, CaseReader cases,
            TransactionTemplate transactions, Clock clock, @Value("${cx.time-zone:UTC}") ZoneId zone,
            @Value("${cx.mail.max-attempts:10}") int maxAttempts) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.composer = composer;
        this.cases = cases;
        this.transactions = transactions;
        this.clock = clock;
        this.zone = zone;
        this.retries = new RetryPolicy(FIRST_RETRY, LONGEST_RETRY, maxAttempts);
    }

    /** Queues the notice that a case is now the user's; call inside the transaction that assigns it. */
    void queueCaseOpened(long caseId, long ownerId) {
        var now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into follow_up_mail (kind, recipient_id, case_id, status, attempts, next_attempt_at, created_at)
                        values ('CASE_OPENED', :owner, :case, 'PENDING', 0, :now, :now)""")
                .param("owner", ownerId).param("case", caseId).param("now", now).update();
    }

    /**
     * Queues the closing message to the case's customer, only if they have an email address and have not opted out;
     * returns whether it was queued. Call inside the transaction that closes the case.
     */
    boolean queueClosingMessage(long caseId) {
        var now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                        insert into follow_up_mail (kind, customer_id, case_id, status, attempts, next_attempt_at, created_at)
                        select 'CASE_CLOSED', c.id, f.id, 'PENDING', 0, :now, :now
                        from follow_up_case f join customer c on c.id = f.customer_id
                        where f.id = :case and c.email is not null and c.survey_opt_out = false""")
                .param("case", caseId).param("now", now).update() == 1;
    }

    /**
     * Queues today's digest for every enabled user with overdue cases (admins also get the unassigned ones), at
     * most one per user and day in the installation's time zone. Returns how many were queued.
     */
    public int queueDigests() {
        var now = clock.instant();
        return jdbc.sql("""
                        insert into follow_up_mail (kind, recipient_id, digest_date, status, attempts, next_attempt_at, created_at)
                        select 'DIGEST', u.id, :today, 'PENDING', 0, :now, :now from app_user u
                        where u.enabled = true
                          and exists (select 1 from follow_up_case f where f.status = 'NEW' and f.due_at <= :now
                                      and (f.owner_id = u.id or (f.owner_id is null and u.role = 'ADMIN')))
                          and not exists (select 1 from follow_up_mail m where m.kind = 'DIGEST'
                                          and m.recipient_id = u.id and m.digest_date = :today)""")
                .param("today", LocalDate.ofInstant(now, zone)).param("now", Timestamp.from(now)).update();
    }

    /** Sends the staff mail that is due; returns how many went out. */
    public int deliverDue() {
        var now = clock.instant();
        jdbc.sql("update follow_up_mail set status = 'PENDING', claimed_until = null where status = 'SENDING' and claimed_until < :now")
                .param("now", Timestamp.from(now)).update();
        List<Long> due = jdbc.sql("""
                        select id from follow_up_mail where status = 'PENDING' and next_attempt_at <= :now
                        order by next_attempt_at, id""")
                .param("now", Timestamp.from(now)).query(Long.class).list().stream().limit(BATCH).toList();
        var sent = 0;
        for (var id : due) {
            if (claim(id, now) && deliver(id)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean claim(long id, Instant now) {
        return jdbc.sql("update follow_up_mail set status = 'SENDING', claimed_until = :until where id = :id and status = 'PENDING'")
                .param("until", Timestamp.from(now.plus(CLAIM))).param("id", id).update() == 1;
    }

    private boolean deliver(long id) {
        var toCustomer = loadCustomerMail(id);
        if (toCustomer.isPresent()) {
            return deliver(toCustomer.get());
        }
        var mail = load(id);
        if (mail.cases().isEmpty()) {
            finish(id, "CANCELLED");
            return false;
        }
        try {
            mailSender.send(composer.compose(mail));
        } catch (MailException | jakarta.mail.MessagingException e) {
            retryLater(mail.id(), mail.attempts(), e);
            return false;
        }
        finish(id, "SENT");
        return true;
    }

    /** A customer who opted out (or was erased, or lost their address) since the case closed gets nothing. */
    private boolean deliver(CustomerMail mail) {
        if (mail.email() == null) {
            finish(mail.id(), "CANCELLED");
            return false;
        }
        try {
            mailSender.send(composer.composeClosing(mail));
        } catch (MailException | jakarta.mail.MessagingException e) {
            retryLater(mail.id(), mail.attempts(), e);
            return false;
        }
        finish(mail.id(), "SENT");
        return true;
    }

    private Optional<CustomerMail> loadCustomerMail(long id) {
        return jdbc.sql("""
                        select m.id, m.attempts, case when c.survey_opt_out then null else c.email end as email, c.name,
                            c.locale, t.name as touchpoint_name
                        from follow_up_mail m join follow_up_case f on f.id = m.case_id
                        join customer c on c.id = m.customer_id left join touchpoint t on t.id = f.touchpoint_id
                        where m.id = :id and m.kind = 'CASE_CLOSED'""")
                .param("id", id)
                .query((rs, n) -> new CustomerMail(rs.getLong("id"), rs.getInt("attempts"), rs.getString("email"),
                        rs.getString("name"), rs.getString("locale"), rs.getString("touchpoint_name")))
                .optional();
    }

    private StaffMail load(long id) {
        var row = jdbc.sql("""
                        select m.kind, m.attempts, m.case_id, u.id as user_id, u.email, u.display_name, u.role
                        from follow_up_mail m join app_user u on u.id = m.recipient_id where m.id = :id""")
                .param("id", id)
                .query((rs, n) -> Map.<String, Object>of("kind", rs.getString("kind"), "attempts", rs.getInt("attempts"),
                        "case", rs.getLong("case_id"), "user", rs.getLong("user_id"), "email", rs.getString("email"),
                        "name", rs.getString("display_name"), "admin", "ADMIN".equals(rs.getString("role"))))
                .single();
        var digest = "DIGEST".equals(row.get("kind"));
        // A notice for a case that changed hands since is not sent: the new owner has a notice of their own.
        var found = digest
                ? cases.find(CaseReader.OVERDUE + " and (f.owner_id = :user or (f.owner_id is null and :admin = true))",
                        Map.of("user", row.get("user"), "admin", row.get("admin")), DIGEST_LIMIT)
                : cases.find("f.id = :case and f.owner_id = :user and f.status <> 'CLOSED'",
                        Map.of("case", row.get("case"), "user", row.get("user")), 1);
        return new StaffMail(id, (String) row.get("kind"), (Integer) row.get("attempts"), (String) row.get("email"),
                (String) row.get("name"), found);
    }

    private void retryLater(long mailId, int attemptsBefore, Exception e) {
        var attempts = attemptsBefore + 1;
        var reason = LastError.of(e);
        var next = retries.nextAttempt(attempts, clock.instant()).orElse(null);
        if (next == null) {
            log.warn("Giving up on follow-up mail {} after {} attempts: {}", mailId, attempts, reason);
            jdbc.sql("update follow_up_mail set status = 'FAILED', attempts = :attempts, last_error = :error, claimed_until = null where id = :id")
                    .param("attempts", attempts).param("error", reason).param("id", mailId).update();
            return;
        }
        log.info("Follow-up mail {} not sent (attempt {}), retrying at {}: {}", mailId, attempts, next, reason);
        jdbc.sql("""
                        update follow_up_mail set status = 'PENDING', attempts = :attempts, next_attempt_at = :next,
                            last_error = :error, claimed_until = null where id = :id""")
                .param("attempts", attempts).param("next", Timestamp.from(next)).param("error", reason)
                .param("id", mailId).update();
    }

    private void finish(long id, String status) {
        jdbc.sql("update follow_up_mail set status = :status, sent_at = :now, claimed_until = null where id = :id")
                .param("status", status).param("now", Timestamp.from(clock.instant())).param("id", id).update();
    }
}
