package org.cxloop.survey.webhook;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Posts due webhook deliveries every few seconds, on the scheduler's thread, never a request's. */
@Component
@ConditionalOnProperty(name = "cx.webhooks.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class WebhookScheduler {

    private final WebhookSender sender;

    WebhookScheduler(WebhookSender sender) {
        this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${cx.webhooks.interval:PT5S}", initialDelayString = "${cx.webhooks.initial-delay:PT15S}")
    void send() {
        sender.sendDue();
    }
}
