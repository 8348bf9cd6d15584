package org.cxloop.survey.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the outbox every few seconds: expire overdue links, queue due reminders, deliver due mail. A round that
 * stopped with mail still due (a large campaign outlasts one round) is followed by the next at once, not after the
 * interval.
 */
@Component
@ConditionalOnProperty(name = "cx.mail.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class MailOutboxScheduler {

    private final MailOutbox outbox;

    MailOutboxScheduler(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @Scheduled(fixedDelayString = "${cx.mail.outbox-interval:PT5S}", initialDelayString = "PT10S")
    void work() {
        int sent;
        do {
            outbox.expireOverdue();
            outbox.queueReminders();
            sent = outbox.deliverDue();
        } while (sent > 0 && outbox.hasDue() && !Thread.currentThread().isInterrupted());
    }
}
