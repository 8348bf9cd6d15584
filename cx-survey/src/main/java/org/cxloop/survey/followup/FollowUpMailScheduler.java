package org.cxloop.survey.followup;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Delivers staff mail every few seconds and queues the overdue digest once a day (07:00 local time by default). */
@Component
@ConditionalOnProperty(name = "cx.mail.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class FollowUpMailScheduler {

    private final FollowUpMailOutbox outbox;

    FollowUpMailScheduler(FollowUpMailOutbox outbox) {
        this.outbox = outbox;
    }

    @Scheduled(fixedDelayString = "${cx.mail.outbox-interval:PT5S}", initialDelayString = "PT12S")
    void deliver() {
        outbox.deliverDue();
    }

    @Scheduled(cron = "${cx.follow-up.digest-cron:0 0 7 * * *}", zone = "${cx.time-zone:UTC}")
    void digest() {
        outbox.queueDigests();
    }
}
