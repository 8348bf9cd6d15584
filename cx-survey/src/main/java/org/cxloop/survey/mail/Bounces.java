package org.cxloop.survey.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes bounce reports in: the invitation whose mail bounced is marked bounced (and gets no reminders), and a hard
 * bounce puts the address on the suppression list, which cancels its queued mail and keeps it out of every later
 * launch and send. Reporting the same bounce twice changes nothing more.
 */
@Service
@Transactional(readOnly = true)
public class Bounces {

    private static final int MAX_REASON = 480;

    private final JdbcClient jdbc;
    private final Clock clock;

    Bounces(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public BounceOutcome record(BounceReport report) {
        var messageId = blankToNull(report.messageId());
        var recipient = blankToNull(report.recipient());
        if (messageId == null && recipient == null) {
            throw new InvalidInputException("messageId", "bounce.target.required",
                    "Name the bounced mail by its messageId or its recipient.");
        }
        if ((messageId != null && messageId.length() > 200) || (recipient != null && recipient.length() > 320)) {
            throw new InvalidInputException(messageId != null && messageId.length() > 200 ? "messageId" : "recipient",
                    "bounce.target.size", "The messageId can have at most 200 characters and the recipient 320.");
        }
        var target = messageId != null ? byMessageId(messageId) : byRecipient(recipient);
        if (target.isEmpty()) {
            throw new NotFoundException(messageId != null
                    ? "No survey mail was sent with the Message-ID " + messageId + "."
                    : "No survey mail was sent to that address.");
        }
        var found = target.get();
        var reason = report.reason() == null || report.reason().isBlank() ? "Bounced" : report.reason().strip();
        reason = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
        var now = Timestamp.from(clock.instant());
        var bounced = found.invitationId() != null && jdbc.sql("""
                        update invitation set status = 'BOUNCED', bounced_at = :now, failure_reason = :reason,
                            next_reminder_at = null
                        where id = :id and status in ('QUEUED', 'SENT', 'FAILED')""")
                .param("now", now).param("reason", reason).param("id", found.invitationId()).update() == 1;
        if (found.invitationId() != null) {
            jdbc.sql("update mail_outbox set status = 'CANCELLED' where invitation_id = :id and status = 'PENDING'")
                    .param("id", found.invitationId()).update();
        }
        var suppressed = report.permanent() && found.email() != null && suppress(found.email(), reason, now);
        return new BounceOutcome(found.invitationId(), bounced, suppressed);
    }

    /** Whether survey mail to this address is stopped by an earlier hard bounce. */
    public boolean suppressed(String email) {
        return email != null && jdbc.sql("select count(*) from mail_suppression where email = :email")
                .param("email", email.strip().toLowerCase(Locale.ROOT)).query(Long.class).single() > 0;
    }

    private boolean suppress(String email, String reason, Timestamp now) {
        var address = email.strip().toLowerCase(Locale.ROOT);
        jdbc.sql("""
                        insert into mail_suppression (email, reason, created_at)
                        select :email, :reason, :now where not exists (select 1 from mail_suppression where email = :email)""")
                .param("email", address).param("reason", reason).param("now", now).update();
        jdbc.sql("""
                        update invitation set next_reminder_at = null
                        where next_reminder_at is not null
                          and customer_id in (select id from customer where lower(email) = :email)""")
                .param("email", address).update();
        jdbc.sql("""
                        update mail_outbox set status = 'CANCELLED'
                        where status = 'PENDING' and invitation_id in (select i.id from invitation i
                            join customer c on c.id = i.customer_id where lower(c.email) = :email)""")
                .param("email", address).update();
        return true;
    }

    private Optional<Target> byMessageId(String messageId) {
        var normalized = messageId.startsWith("<") ? messageId : "<" + messageId + ">";
        return jdbc.sql("""
                        select o.invitation_id, c.email from mail_outbox o
                        join invitation i on i.id = o.invitation_id join customer c on c.id = i.customer_id
                        where o.message_id = :id""")
                .param("id", normalized)
                .query((rs, n) -> new Target(rs.getLong("invitation_id"), rs.getString("email")))
                .optional();
    }

    /** The latest invitation mailed to the address, or just the address when a customer has it. */
    private Optional<Target> byRecipient(String recipient) {
        var address = recipient.toLowerCase(Locale.ROOT);
        var latest = jdbc.sql("""
                        select i.id, c.email from invitation i join customer c on c.id = i.customer_id
                        where lower(c.email) = :email and i.sent_at is not null
                        order by i.sent_at desc, i.id desc fetch first 1 rows only""")
                .param("email", address)
                .query((rs, n) -> new Target(rs.getLong("id"), rs.getString("email")))
                .optional();
        if (latest.isPresent()) {
            return latest;
        }
        var known = jdbc.sql("select count(*) from customer where lower(email) = :email").param("email", address)
                .query(Long.class).single() > 0;
        return known ? Optional.of(new Target(null, address)) : Optional.empty();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private record Target(Long invitationId, String email) {
    }
}
