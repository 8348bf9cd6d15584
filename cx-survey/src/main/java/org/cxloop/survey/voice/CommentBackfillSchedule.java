package org.cxloop.survey.voice;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Analyses the comments that have no analysis yet once the application is ready (after start-up tasks such as the
 * demo data have stored theirs), and then every few minutes, on a thread of its own: with millions of stored
 * comments (an upgrade, a large import) a run takes minutes, and neither the start-up (the application would not
 * report ready) nor the scheduler's shared thread (the mail outboxes would stop) may wait for it.
 */
@Component
@ConditionalOnProperty(name = "cx.voice.backfill.enabled", havingValue = "true", matchIfMissing = true)
class CommentBackfillSchedule {

    private static final Logger log = LoggerFactory.getLogger(CommentBackfillSchedule.class);

    private final CommentBackfill backfill;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("comment-backfill").daemon().factory());
    private final AtomicBoolean busy = new AtomicBoolean();

    CommentBackfillSchedule(CommentBackfill backfill) {
        this.backfill = backfill;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        start();
    }

    @Scheduled(initialDelayString = "${cx.voice.backfill.interval:PT5M}", fixedDelayString = "${cx.voice.backfill.interval:PT5M}")
    void run() {
        start();
    }

    private void start() {
        if (busy.compareAndSet(false, true)) {
            worker.execute(() -> {
                try {
                    backfill.analyseUnanalysed();
                } catch (RuntimeException e) {
                    log.warn("Analysing stored comments failed; the next run goes on from where it stopped", e);
                } finally {
                    busy.set(false);
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
