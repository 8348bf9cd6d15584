package org.cxloop.survey.followup;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notices cases that have become overdue and announces each exactly once with {@link CaseOverdue}. The mark and
 * the event share a transaction, so a listener's write (a webhook delivery) and the mark commit together.
 */
@Service
public class OverdueCases {

    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OverdueCases(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Announces the cases that became overdue since the last look; returns how many. */
    @Transactional
    public int announce() {
        var now = Timestamp.from(clock.instant());
        var due = jdbc.sql("""
                        select id, due_at from follow_up_case
                        where status = 'NEW' and due_at <= :now and overdue_announced_at is null
                        order by due_at, id limit""" + " " + BATCH)
                .param("now", now)
                .query((rs, n) -> new CaseOverdue(rs.getLong("id"), rs.getTimestamp("due_at").toInstant()))
                .list();
        var announced = 0;
        for (var overdue : due) {
            var marked = jdbc.sql("update follow_up_case set overdue_announced_at = :now where id = :id and overdue_announced_at is null")
                    .param("now", now).param("id", overdue.caseId()).update();
            if (marked == 1) {
                events.publishEvent(overdue);
                announced++;
            }
        }
        return announced;
    }
}
