package org.cxloop.survey.mail;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.cxloop.survey.definition.SurveyDefinition;
import org.cxloop.survey.response.SurveyType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works the mail outbox. Each due row is claimed with a conditional update (so parallel workers or app nodes
 * never send the same row twice), sent, and marked sent; a failure is retried with exponential backoff
 * (30 s, 1 min, 2 min, … at most an hour) until the attempts run out, and then reported on the invitation.
 * A worker that dies mid-send leaves a claim that expires and is retried.
 */
@Service
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final Duration CLAIM = Duration.ofMinutes(5);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);
    private static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final JavaMailSender mailSender;
    private final InvitationMailComposer composer;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int maxAttempts;
    private final String messageIdDomain;

    MailOutbox(JdbcClient jdbc, JavaMailSender mailSender, InvitationMailComposer composer,
            TransactionTemplate transactions, Clock clock, @Value("${cx.mail.max-attempts:10}") int maxAttempts,
            @Value("${cx.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.composer = composer;
        this.transactions = transactions;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        var host = URI.create(publicUrl).getHost();
        this.messageIdDomain = host == null || host.isBlank() ? "cxloop.local" : host;
    }

    /** Sends what is due now; returns how many mails went out. */
    public int deliverDue() {
        var now = clock.instant();
        jdbc.sql("update mail_outbox set status = 'PENDING', claimed_until = null where status = 'SENDING' and claimed_until < :now")
                .param("now", Timestamp.from(now)).update();
        List<Long> due = jdbc.sql("""
                        select id from mail_outbox where status = 'PENDING' and next_attempt_at <= :now
                        order by next_attempt_at, id""")
                .param("now", Timestamp.from(now))
                .query(Long.class).list().stream().limit(BATCH).toList();
        var sent = 0;
        for (var id : due) {
            if (claim(id, now) && deliver(id)) {
                sent++;
            }
        }
        return sent;
    }

    /** Queues a reminder for each unanswered invitation whose reminder time has come; returns how many. */
    public int queueReminders() {
        var now = Timestamp.from(clock.instant());
        return transactions.execute(status -> {
            List<Long> due = jdbc.sql("""
                            select i.id from invitation i join campaign k on k.id = i.campaign_id
                            where i.status in ('SENT', 'OPENED') and i.next_reminder_at <= :now
                              and i.reminders_sent < k.reminders and i.expires_at > :now""")
                    .param("now", now).query(Long.class).list();
            for (var id : due) {
                var taken = jdbc.sql("update invitation set next_reminder_at = null where id = :id and next_reminder_at <= :now")
                        .param("id", id).param("now", now).update();
                if (taken == 1) {
                    jdbc.sql("""
                                    insert into mail_outbox (invitation_id, kind, status, attempts, next_attempt_at, created_at)
                                    values (:id, 'REMINDER', 'PENDING', 0, :now, :now)""")
                            .param("id", id).param("now", now).update();
                }
            }
            return due.size();
        });
    }

    /** Marks invitations whose link expired unanswered. */
    public int expireOverdue() {
        return jdbc.sql("""
                        update invitation set status = 'EXPIRED', next_reminder_at = null
                        where status in ('QUEUED', 'SENT', 'OPENED') and expires_at <= :now""")
                .param("now", Timestamp.from(clock.instant())).update();
    }

    /** Claims the row and gives it, on its first claim, the Message-ID a bounce report will name it by. */
    private boolean claim(long id, Instant now) {
        return jdbc.sql("""
                        update mail_outbox set status = 'SENDING', claimed_until = :until,
                            message_id = coalesce(message_id, :messageId)
                        where id = :id and status = 'PENDING'""")
                .param("until", Timestamp.from(now.plus(CLAIM))).param("id", id)
                .param("messageId", "<survey." + UUID.randomUUID() + "@" + messageIdDomain + ">")
                .update() == 1;
    }

    private boolean deliver(long outboxId) {
        var mail = load(outboxId);
        var now = clock.instant();
        var answeredOrClosed = !List.of("QUEUED", "SENT", "OPENED").contains(mail.invitationStatus())
                || !mail.expiresAt().isAfter(now) || mail.stopped();
        if (answeredOrClosed) {
            finish(outboxId, "CANCELLED", null);
            return false;
        }
        try {
            mailSender.send(composer.compose(mail));
        } catch (MailException | jakarta.mail.MessagingException e) {
            retryLater(mail, e);
            return false;
        }
        transactions.executeWithoutResult(status -> {
            finish(outboxId, "SENT", null);
            if (mail.reminder()) {
                var more = mail.remindersSent() + 1 < mail.remindersPlanned();
                jdbc.sql("""
                                update invitation set reminders_sent = reminders_sent + 1, next_reminder_at = :next
                                where id = :id""")
                        .param("next", more ? Timestamp.from(now.plus(Duration.ofHours(mail.reminderIntervalHours()))) : null)
                        .param("id", mail.invitationId()).update();
            } else {
                jdbc.sql("update invitation set status = 'SENT', sent_at = :now, failure_reason = null where id = :id and status = 'QUEUED'")
                        .param("now", Timestamp.from(now)).param("id", mail.invitationId()).update();
            }
        });
        return true;
    }

    private void retryLater(OutboxMail mail, Exception e) {
        var attempts = mail.attempts() + 1;
        var reason = summary(e);
        if (attempts >= maxAttempts) {
            log.warn("Giving up on mail {} for invitation {} after {} attempts: {}", mail.outboxId(), mail.invitationId(), attempts, reason);
            transactions.executeWithoutResult(status -> {
                jdbc.sql("update mail_outbox set status = 'FAILED', attempts = :attempts, last_error = :error, claimed_until = null where id = :id")
                        .param("attempts", attempts).param("error", reason).param("id", mail.outboxId()).update();
                if (!mail.reminder()) {
                    jdbc.sql("update invitation set status = 'FAILED', failure_reason = :error where id = :id and status = 'QUEUED'")
                            .param("error", reason).param("id", mail.invitationId()).update();
                }
            });
            return;
        }
        var delay = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 16));
        var next = clock.instant().plus(delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay);
        log.info("Mail {} not sent (attempt {}), retrying at {}: {}", mail.outboxId(), attempts, next, reason);
        jdbc.sql("""
                        update mail_outbox set status = 'PENDING', attempts = :attempts, next_attempt_at = :next,
                            last_error = :error, claimed_until = null where id = :id""")
                .param("attempts", attempts).param("next", Timestamp.from(next)).param("error", reason)
                .param("id", mail.outboxId()).update();
        if (!mail.reminder()) {
            jdbc.sql("update invitation set failure_reason = :error where id = :id")
                    .param("error", reason).param("id", mail.invitationId()).update();
        }
    }

    private void finish(long outboxId, String status, String error) {
        jdbc.sql("""
                        update mail_outbox set status = :status, sent_at = :now, last_error = :error, claimed_until = null
                        where id = :id""")
                .param("status", status).param("now", Timestamp.from(clock.instant())).param("error", error)
                .param("id", outboxId).update();
    }

    private OutboxMail load(long outboxId) {
        return jdbc.sql("""
                        select o.id as outbox_id, o.kind, o.attempts, i.id as invitation_id, i.status, i.expires_at,
                            i.token_nonce, i.locale, i.reminders_sent, c.name as customer_name, c.email,
                            o.message_id, c.survey_opt_out,
                            exists (select 1 from mail_suppression m where m.email = lower(c.email)) as suppressed,
                            k.reminders, k.reminder_interval_hours, t.name as touchpoint_name,
                            s.name as survey_name, s.survey_type, s.question_en, s.question_es,
                            s.comment_prompt_en, s.comment_prompt_es
                        from mail_outbox o
                        join invitation i on i.id = o.invitation_id
                        join customer c on c.id = i.customer_id
                        join campaign k on k.id = i.campaign_id
                        join survey s on s.id = k.survey_id
                        join touchpoint t on t.id = k.touchpoint_id
                        where o.id = :id""")
                .param("id", outboxId)
                .query(MailOutbox::map)
                .single();
    }

    private static OutboxMail map(ResultSet rs, int row) throws SQLException {
        var survey = new SurveyDefinition(rs.getString("survey_name"), SurveyType.valueOf(rs.getString("survey_type")),
                rs.getString("question_en"), rs.getString("question_es"),
                rs.getString("comment_prompt_en"), rs.getString("comment_prompt_es"));
        return new OutboxMail(rs.getLong("outbox_id"), rs.getLong("invitation_id"), "REMINDER".equals(rs.getString("kind")),
                rs.getString("status"), rs.getTimestamp("expires_at").toInstant(), rs.getString("token_nonce"),
                rs.getString("customer_name"), rs.getString("email"), Locale.forLanguageTag(rs.getString("locale")),
                survey, rs.getString("touchpoint_name"), rs.getInt("reminders"), rs.getInt("reminders_sent"),
                rs.getInt("reminder_interval_hours"), rs.getInt("attempts"), rs.getString("message_id"),
                rs.getBoolean("survey_opt_out") || rs.getBoolean("suppressed"));
    }

    private static String summary(Exception e) {
        var message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        var firstLine = message.lines().findFirst().orElse(message);
        return firstLine.length() > 480 ? firstLine.substring(0, 480) : firstLine;
    }
}
