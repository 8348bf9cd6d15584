package org.cxloop.survey.widget;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Whether the website widget may ask a customer a question now: the customer is known, has not opted out of
 * surveys nor been erased, and neither answered any survey nor was invited by any campaign within the fatigue
 * window ({@code cx.survey.fatigue-days}, the same rule campaigns follow).
 */
@Service
public class WidgetAsking {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration fatigue;

    WidgetAsking(JdbcClient jdbc, Clock clock, @Value("${cx.survey.fatigue-days:30}") int fatigueDays) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.fatigue = Duration.ofDays(fatigueDays);
    }

    public boolean mayAsk(String customerExternalId) {
        if (customerExternalId == null || customerExternalId.isBlank() || customerExternalId.length() > 100) {
            return false;
        }
        var since = Timestamp.from(clock.instant().minus(fatigue));
        return jdbc.sql("""
                        select count(*) from customer c
                        where c.external_id = :id and not c.survey_opt_out and c.erased_at is null
                          and not exists (select 1 from survey_response r where r.customer_id = c.id and r.responded_at >= :since)
                          and not exists (select 1 from invitation i where i.customer_id = c.id and i.created_at >= :since)""")
                .param("id", customerExternalId).param("since", since)
                .query(Long.class).single() > 0;
    }
}
