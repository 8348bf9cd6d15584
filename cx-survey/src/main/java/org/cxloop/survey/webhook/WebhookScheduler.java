package org.cxloop.survey.webhook;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Posts due webhook deliveries every few seconds on a thread of its own, never a request's, and not the scheduler's
 * shared thread either: a slow endpoint cannot hold up the mail outboxes. Forgets old delivery log rows hourly.
 */
@Component
@ConditionalOnProperty(name = "cx.webhooks.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class WebhookScheduler {

    private static final Logger log = LoggerFactory.getLogger(WebhookScheduler.class);

    private final WebhookSender sender;
    private final Webhooks webhooks;
    private final Duration keep;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("webhook-sender").daemon().factory());
    private final AtomicBoolean busy = new AtomicBoolean();

    WebhookScheduler(WebhookSender sender, Webhooks webhooks, @Value("${cx.webhooks.keep-log:P30D}") Duration keep) {
        this.sender = sender;
        this.webhooks = webhooks;
        this.keep = keep;
    }

    @Scheduled(fixedDelayString = "${cx.webhooks.interval:PT5S}", initialDelayString = "${cx.webhooks.initial-delay:PT15S}")
    void send() {
        if (busy.compareAndSet(false, true)) {
            worker.execute(() -> {
                try {
                    sender.sendDue();
                } catch (RuntimeException e) {
                    log.warn("Sending webhook deliveries failed; the next run tries again", e);
                } finally {
                    busy.set(false);
                }
            });
        }
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldDeliveries() {
        webhooks.forgetDeliveriesOlderThan(keep);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
