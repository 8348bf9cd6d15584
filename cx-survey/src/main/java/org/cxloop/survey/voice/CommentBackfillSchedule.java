package org.cxloop.survey.voice;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Analyses the comments that have no analysis yet once the application is ready (after start-up tasks such as the
 * demo data have stored theirs), and then every few minutes.
 */
@Component
@ConditionalOnProperty(name = "cx.voice.backfill.enabled", havingValue = "true", matchIfMissing = true)
class CommentBackfillSchedule {

    private final CommentBackfill backfill;

    CommentBackfillSchedule(CommentBackfill backfill) {
        this.backfill = backfill;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        backfill.analyseUnanalysed();
    }

    @Scheduled(initialDelayString = "${cx.voice.backfill.interval:PT5M}", fixedDelayString = "${cx.voice.backfill.interval:PT5M}")
    void run() {
        backfill.analyseUnanalysed();
    }
}
