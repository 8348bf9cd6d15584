package org.cxloop.metrics;

import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily rollups of survey answers and interactions ({@code response_day_rollup}, {@code interaction_day_rollup})
 * and the customer rollups ({@code customer_day_rollup}, {@code customer_cohort_rollup}):
 * on PostgreSQL, triggers keep them current in every writer's transaction, and this builds them whole at start when
 * they are missing or were built for another time zone. Metrics read them only while they are built for the
 * installation's zone, and read the events themselves otherwise (always on H2, which has no such triggers).
 */
@Component
class DailyRollups {

    private static final Logger log = LoggerFactory.getLogger(DailyRollups.class);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ZoneId zone;

    DailyRollups(JdbcClient jdbc, DataSource dataSource, TransactionTemplate transaction, Clock clock,
            @Value("${cx.time-zone:UTC}") ZoneId zone) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transaction = transaction;
        this.clock = clock;
        this.zone = zone;
    }

    /** Whether the rollups hold every answer and interaction, in days of the installation's zone. */
    boolean current() {
        return jdbc.sql("select time_zone from metrics_rollup_state where id = 1").query(String.class).optional()
                .filter(zone.getId()::equals).isPresent();
    }

    @EventListener(ApplicationReadyEvent.class)
    void buildIfNeeded() {
        if (onPostgreSql() && !current()) {
            rebuild();
        }
    }

    /** Recounts the rollups from the events, while writers wait, and marks them built for the installation's zone. */
    void rebuild() {
        var started = System.nanoTime();
        transaction.executeWithoutResult(status -> {
            jdbc.sql("lock table survey_response, interaction, customer in share mode").update();
            jdbc.sql("delete from metrics_rollup_state").update();
            jdbc.sql("delete from response_day_rollup").update();
            jdbc.sql("delete from interaction_day_rollup").update();
            jdbc.sql("delete from customer_day_rollup").update();
            jdbc.sql("delete from customer_cohort_rollup").update();
            jdbc.sql("""
                    insert into response_day_rollup (response_day, touchpoint_id, segment, survey_type, responses, promoters,
                                                     detractors, satisfied, easy, score_sum, score_sum_of_squares)
                    select cast(e.responded_at at time zone :zone as date), e.touchpoint_id, c.segment, e.survey_type,
                           count(*),
                           count(*) filter (where e.survey_type = 'NPS' and e.score >= 9),
                           count(*) filter (where e.survey_type = 'NPS' and e.score <= 6),
                           count(*) filter (where e.survey_type = 'CSAT' and e.score >= 4),
                           count(*) filter (where e.survey_type = 'CES' and e.score >= 5),
                           sum(e.score), sum(e.score * e.score)
                    from survey_response e join customer c on c.id = e.customer_id
                    group by 1, 2, 3, 4""").param("zone", zone.getId()).update();
            jdbc.sql("""
                    insert into interaction_day_rollup (interaction_day, touchpoint_id, segment, interactions,
                                                        first_contact, resolved, resolution_seconds)
                    select cast(e.occurred_at at time zone :zone as date), e.touchpoint_id, c.segment, count(*),
                           count(*) filter (where e.resolved_on_first_contact), count(e.resolved_at),
                           coalesce(sum(extract(epoch from e.resolved_at) - extract(epoch from e.occurred_at)), 0)
                    from interaction e join customer c on c.id = e.customer_id
                    group by 1, 2, 3""").param("zone", zone.getId()).update();
            jdbc.sql("""
                    insert into customer_day_rollup (customer_day, segment, joined, churned)
                    select d.customer_day, d.segment, sum(d.joined), sum(d.churned)
                    from (select customer_since as customer_day, segment, 1 as joined, 0 as churned from customer
                          union all
                          select churned_at, segment, 0, 1 from customer where churned_at is not null) d
                    group by 1, 2""").update();
            jdbc.sql("""
                    insert into customer_cohort_rollup (cohort_month, churn_month, segment, customers)
                    select cast(date_trunc('month', customer_since) as date), cast(date_trunc('month', churned_at) as date),
                           segment, count(*)
                    from customer group by 1, 2, 3""").update();
            jdbc.sql("insert into metrics_rollup_state (id, time_zone, built_at) values (1, :zone, :now)")
                    .param("zone", zone.getId()).param("now", clock.instant().atOffset(ZoneOffset.UTC)).update();
        });
        log.info("Built the daily rollups of survey answers, interactions and customers for time zone {} in {} ms.", zone.getId(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private boolean onPostgreSql() {
        try {
            var product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return "PostgreSQL".equals(product);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database this is, to build the metrics rollups.", e);
        }
    }
}
