package org.cxloop.survey.privacy;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** With {@code cx.privacy.comment-retention-days} above 0, deletes older comment texts once a day. */
@Component
@ConditionalOnExpression("${cx.privacy.comment-retention-days:0} > 0")
class CommentRetention {

    private static final Logger log = LoggerFactory.getLogger(CommentRetention.class);

    private final CustomerPrivacy privacy;
    private final Duration retention;

    CommentRetention(CustomerPrivacy privacy, @Value("${cx.privacy.comment-retention-days}") int days) {
        this.privacy = privacy;
        this.retention = Duration.ofDays(days);
    }

    @Scheduled(cron = "${cx.privacy.comment-retention-cron:0 30 3 * * *}")
    void apply() {
        var anonymised = privacy.anonymiseCommentsOlderThan(retention);
        if (anonymised > 0) {
            log.info("Comment retention: removed the text of {} comments older than {} days.", anonymised, retention.toDays());
        }
    }
}
