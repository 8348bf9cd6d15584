package org.cxloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The per-touchpoint counts behind journey maps on the embedded H2 (PostgreSQL mode), over the real migrations. */
class TouchpointCountsOnH2Tests {

    private static final Period MARCH = new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

    private static JdbcClient jdbc;
    private static TouchpointCounts counts;

    @BeforeAll
    static void loadDataSet() {
        var dataSource = new SingleConnectionDataSource(
                "jdbc:h2:mem:touchpoint-counts;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "sa", "", true);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        counts = new TouchpointCounts(jdbc);

        jdbc.sql("insert into journey_stage (code, name, position) values ('buy', 'Buy', 1)").update();
        var stage = jdbc.sql("select id from journey_stage where code = 'buy'").query(Long.class).single();
        for (var code : List.of("quote", "call", "other")) {
            jdbc.sql("insert into touchpoint (code, name, channel, stage_id) values (?, ?, 'WEB', ?)").params(code, code, stage).update();
        }
        jdbc.sql("""
                insert into customer (external_id, name, customer_since, created_at, updated_at)
                values ('c1', 'c1', date '2025-01-01', current_timestamp, current_timestamp)""").update();

        answer("quote", "CSAT", 5, "2026-03-01T00:00:00Z");
        answer("quote", "CSAT", 4, "2026-03-10T09:00:00Z");
        answer("quote", "CSAT", 2, "2026-03-31T23:59:59Z");
        answer("quote", "NPS", 10, "2026-03-02T09:00:00Z");
        answer("quote", "NPS", 3, "2026-03-03T09:00:00Z");
        answer("call", "CES", 6, "2026-03-04T09:00:00Z");
        answer("call", "CES", 4, "2026-03-05T09:00:00Z");
        answer("other", "CSAT", 1, "2026-03-05T09:00:00Z");
        answer("quote", "CSAT", 1, "2026-02-28T23:59:59Z");
        answer("quote", "CSAT", 1, "2026-04-01T00:00:00Z");
    }

    @Test
    void countsThePeriodsAnswersOfTheAskedTouchpointsOnly() {
        var tallies = counts.byTouchpoint(MARCH, Set.of("quote", "call", "silent"), ZoneId.of("UTC"));

        assertThat(tallies).containsOnlyKeys("quote", "call");
        // CSAT 5 4 2 (sum 11, 2 satisfied), NPS 10 and 3; the 1s on 28 Feb and 1 Apr are outside March
        assertThat(tallies.get("quote")).isEqualTo(new SurveyTally(2, 1, 1, 3, 2, 11, 0, 0, 0, 0));
        // CES 6 and 4: sum 10, squares 36 + 16 = 52, one of them 5-7
        assertThat(tallies.get("call")).isEqualTo(new SurveyTally(0, 0, 0, 0, 0, 0, 2, 10, 52, 1));
    }

    @Test
    void readsThePeriodInTheInstallationsZone() {
        // in Madrid (UTC+1 in March) 1 March starts at 28 Feb 23:00Z and 31 March ends at 31 March 22:00Z (UTC+2)
        var tallies = counts.byTouchpoint(MARCH, Set.of("quote"), ZoneId.of("Europe/Madrid"));

        assertThat(tallies.get("quote").csatResponses()).isEqualTo(3);
        assertThat(tallies.get("quote").csatSum()).isEqualTo(5 + 4 + 1);
    }

    @Test
    void noCodesAskNothing() {
        assertThat(counts.byTouchpoint(MARCH, Set.of(), ZoneId.of("UTC"))).isEmpty();
    }

    private static void answer(String touchpoint, String type, int score, String at) {
        jdbc.sql("""
                insert into survey_response (customer_id, touchpoint_id, survey_type, score, responded_at, source, created_at)
                select c.id, t.id, ?, ?, ?, 'API', ? from customer c, touchpoint t where c.external_id = 'c1' and t.code = ?""")
                .params(type, score, OffsetDateTime.parse(at), OffsetDateTime.parse(at), touchpoint)
                .update();
    }
}
