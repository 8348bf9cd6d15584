package org.cxloop.survey.mail;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Locale;
import java.util.UUID;
import org.cxloop.survey.definition.SurveyDefinition;
import org.cxloop.survey.delivery.LastError;
import org.cxloop.survey.delivery.RetryPolicy;
import org.cxloop.survey.response.SurveyType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works the mail outbox. Each due row is claimed with a conditional update (so parallel workers or app nodes
 * never send the same row twice), sent, and marked sent; due rows are claimed and loaded a batch at a time and a
 * batch goes over one SMTP connection; a failure is retried with exponential backoff
 * (30 s, 1 min, 2 min, … at most an hour) until the attempts run out, and then reported on the invitation.
 * A worker that dies mid-send leaves a claim that expires and is retried. {@code cx.mail.senders} (default 1) sets
 * how many senders work in parallel, each over its own SMTP connection; a killed node then re-sends at most one
 * mail per sender.
 */
@Service
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final Duration CLAIM = Duration.ofMinutes(5);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);
    private static final int BATCH = 200;
    private static final Duration RUN = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JavaMailSender mailSender;
    private final InvitationMailComposer composer;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final RetryPolicy retries;
    private final String messageIdDomain;
    private final int senders;

    MailOutbox(JdbcClient jdbc, JdbcTemplate batch, JavaMailSender mailSender, InvitationMailComposer composer,
            TransactionTemplate transactions, Clock clock, @Value("${cx.mail.max-attempts:10}") int maxAttempts,
            @Value("${cx.public-url:http://localhost:8080}") String publicUrl, @Value("${cx.mail.senders:1}") int senders) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.mailSender = mailSender;
        this.composer = composer;
        this.transactions = transactions;
        this.clock = clock;
        this.retries = new RetryPolicy(FIRST_RETRY, LONGEST_RETRY, maxAttempts);
        var host = URI.create(publicUrl).getHost();
        this.messageIdDomain = host == null || host.isBlank() ? "cxloop.local" : host;
        this.senders = senders;
    }

    /**
     * Sends what is due now, a batch at a time, until nothing due is left or {@link #RUN} has passed (so the other
     * outbox chores are not starved); returns how many mails went out.
     */
    public int deliverDue() {
        var now = clock.instant();
        jdbc.sql("update mail_outbox set status = 'PENDING', claimed_until = null where status = 'SENDING' and claimed_until < :now")
                .param("now", Timestamp.from(now)).update();
        if (senders <= 1) {
            return work(now);
        }
        // Several senders, each with its own claims and SMTP connection: the claims keep them off each other's mail.
        var pool = Executors.newFixedThreadPool(senders);
        try {
            var running = new ArrayList<Future<Integer>>();
            for (var i = 0; i < senders; i++) {
                running.add(pool.submit(() -> work(now)));
            }
            var sent = 0;
            for (var sender : running) {
                sent += sender.get();
            }
            return sent;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private int work(Instant now) {
        var started = System.nanoTime();
        var sent = 0;
        while (true) {
            List<Long> due = jdbc.sql("""
                            select id from mail_outbox where status = 'PENDING' and next_attempt_at <= :now
                            order by next_attempt_at, id limit :batch""")
                    .param("now", Timestamp.from(now)).param("batch", BATCH)
                    .query(Long.class).list();
            var claimed = claim(due);
            sent += deliver(claimed);
            if (due.size() < BATCH || System.nanoTime() - started > RUN.toNanos() || Thread.currentThread().isInterrupted()) {
                return sent;
            }
        }
    }

    /** Whether mail is due now that no worker has claimed: the scheduler then runs again without waiting. */
    public boolean hasDue() {
        return Boolean.TRUE.equals(jdbc.sql("""
                        select exists (select 1 from mail_outbox where status = 'PENDING' and next_attempt_at <= :now)""")
                .param("now", Timestamp.from(clock.instant())).query(Boolean.class).single());
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

    /**
     * Claims the rows still pending, each with its own conditional update (sent together as one JDBC batch), so a
     * row another worker or app node claimed first is left to it; a row gets, on its first claim, the Message-ID a
     * bounce report will name it by. Returns the ids this worker won, in order.
     */
    private List<Long> claim(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var until = Timestamp.from(clock.instant().plus(CLAIM));
        var won = transactions.execute(status -> batch.batchUpdate("""
                        update mail_outbox set status = 'SENDING', claimed_until = ?, message_id = coalesce(message_id, ?)
                        where id = ? and status = 'PENDING'""", ids, ids.size(),
                (statement, id) -> {
                    statement.setTimestamp(1, until);
                    statement.setString(2, "<survey." + UUID.randomUUID() + "@" + messageIdDomain + ">");
                    statement.setLong(3, id);
                }));
        var claimed = new ArrayList<Long>(ids.size());
        var i = 0;
        for (var counts : won) {
            for (var count : counts) {
                if (count == 1 || count == java.sql.Statement.SUCCESS_NO_INFO) {
                    claimed.add(ids.get(i));
                }
                i++;
            }
        }
        return claimed;
    }

    /**
     * Sends the claimed mails over one SMTP connection, marking each sent as soon as the server took it: a worker
     * killed mid-batch leaves at most the one mail in flight to be sent again after its claim expires.
     */
    private int deliver(List<Long> claimed) {
        if (claimed.isEmpty()) {
            return 0;
        }
        var sent = 0;
        var claimedAt = System.nanoTime();
        var mails = load(claimed);
        try (var smtp = new SmtpConnection(mailSender)) {
            for (var i = 0; i < mails.size(); i++) {
                if (System.nanoTime() - claimedAt > CLAIM.toNanos() / 2) {
                    // A slow server: hand the rest back before the claims could expire under another worker.
                    release(mails.subList(i, mails.size()));
                    break;
                }
                if (deliver(mails.get(i), smtp)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    private void release(List<OutboxMail> mails) {
        jdbc.sql("update mail_outbox set status = 'PENDING', claimed_until = null where id in (:ids) and status = 'SENDING'")
                .param("ids", mails.stream().map(OutboxMail::outboxId).toList()).update();
    }

    private boolean deliver(OutboxMail mail, SmtpConnection smtp) {
        var outboxId = mail.outboxId();
        var now = clock.instant();
        var answeredOrClosed = !List.of("QUEUED", "SENT", "OPENED").contains(mail.invitationStatus())
                || !mail.expiresAt().isAfter(now) || mail.stopped();
        if (answeredOrClosed) {
            finish(outboxId, "CANCELLED", null);
            return false;
        }
        try {
            smtp.send(composer.compose(mail));
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
        var reason = LastError.of(e);
        var next = retries.nextAttempt(attempts, clock.instant()).orElse(null);
        if (next == null) {
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

    /** The claimed mails with everything needed to write them, one query for the batch, in outbox order. */
    private List<OutboxMail> load(List<Long> outboxIds) {
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
                        where o.id in (:ids)
                        order by o.next_attempt_at, o.id""")
                .param("ids", outboxIds)
                .query(MailOutbox::map)
                .list();
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
}
