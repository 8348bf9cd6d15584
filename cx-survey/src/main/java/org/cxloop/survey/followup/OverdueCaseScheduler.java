package org.cxloop.survey.followup;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks for newly overdue cases every minute by default. */
@Component
@ConditionalOnProperty(name = "cx.follow-up.overdue-scheduler.enabled", havingValue = "true", matchIfMissing = true)
class OverdueCaseScheduler {

    private final OverdueCases overdue;

    OverdueCaseScheduler(OverdueCases overdue) {
        this.overdue = overdue;
    }

    @Scheduled(fixedDelayString = "${cx.follow-up.overdue-check-interval:PT1M}", initialDelayString = "PT20S")
    void announce() {
        overdue.announce();
    }
}
