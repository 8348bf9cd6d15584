package org.cxloop.survey.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the outbox every few seconds: expire overdue links, queue due reminders, deliver due mail. */
@Component
@ConditionalOnProperty(name = "cx.mail.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class MailOutboxScheduler {

    private final MailOutbox outbox;

    MailOutboxScheduler(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @Scheduled(fixedDelayString = "${cx.mail.outbox-interval:PT5S}", initialDelayString = "PT10S")
    void work() {
        outbox.expireOverdue();
        outbox.queueReminders();
        outbox.deliverDue();
    }
}
