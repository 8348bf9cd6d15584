package org.cxloop.survey.campaign;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the after-interaction trigger every minute, so new interactions get their invitation when it is due. */
@Component
@ConditionalOnProperty(name = "cx.mail.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class InvitationTriggerScheduler {

    private final AfterInteractionTrigger trigger;

    InvitationTriggerScheduler(AfterInteractionTrigger trigger) {
        this.trigger = trigger;
    }

    @Scheduled(fixedDelayString = "${cx.survey.trigger-interval:PT1M}", initialDelayString = "PT15S")
    void work() {
        trigger.inviteDue();
    }
}
