package org.cxloop.survey.voice;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Shortly after start and then every few minutes, analyses the comments that have no analysis yet. */
@Component
@ConditionalOnProperty(name = "cx.voice.backfill.enabled", havingValue = "true", matchIfMissing = true)
class CommentBackfillSchedule {

    private final CommentBackfill backfill;

    CommentBackfillSchedule(CommentBackfill backfill) {
        this.backfill = backfill;
    }

    @Scheduled(initialDelayString = "${cx.voice.backfill.initial-delay:PT15S}", fixedDelayString = "${cx.voice.backfill.interval:PT5M}")
    void run() {
        backfill.analyseUnanalysed();
    }
}
