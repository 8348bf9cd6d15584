package org.cxloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.cxloop.core.Channel;
import org.cxloop.core.apikey.ApiKeys;
import org.cxloop.core.customer.CustomerDetails;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.interaction.InteractionDetails;
import org.cxloop.core.interaction.Interactions;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.stage.StageDetails;
import org.cxloop.core.touchpoint.TouchpointDetails;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The daily rollups on PostgreSQL agree, row for row, with the answers and interactions counted one by one after
 * every kind of write: the response API, multi-row batch inserts (as the CSV import and the demo loader write),
 * the interaction service, a change of a customer's segment, edits and deletes.
 */
@PostgresIntegrationTest
class DailyRollupsIntegrationTests {

    private static final String COUNTS = """
            count(*) as responses,
            count(*) filter (where e.survey_type = 'NPS' and e.score >= 9) as promoters,
            count(*) filter (where e.survey_type = 'NPS' and e.score <= 6) as detractors,
            count(*) filter (where e.survey_type = 'CSAT' and e.score >= 4) as satisfied,
            count(*) filter (where e.survey_type = 'CES' and e.score >= 5) as easy,
            sum(e.score) as score_sum, sum(e.score * e.score) as score_sum_of_squares""";

    @Autowired MockMvc mvc;
    @Autowired ApiKeys apiKeys;
    @Autowired Customers customers;
    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired Interactions interactions;
    @Autowired DailyRollups rollups;
    @Autowired JdbcClient jdbc;

    String bearer;
    String run;

    @BeforeEach
    void setUp() {
        if (!rollups.current()) {
            rollups.rebuild();
        }
        bearer = "Bearer " + apiKeys.issue("rollup tests", "tests").secret();
        run = UUID.randomUUID().toString().substring(0, 8);
        stages.save("buy-" + run, new StageDetails("Purchase", 3));
        touchpoints.save("shop-" + run, new TouchpointDetails("Shop", Channel.STORE, "buy-" + run));
        customer("ana", "smb");
        customer("ben", null);
    }

    @Test
    void rollupAgreesWithTheAnswersAfterEveryKindOfWrite() throws Exception {
        apiAnswer("ana", "NPS", 10, "2026-05-01T23:30:00+02:00");
        apiAnswer("ben", "CSAT", 4, "2026-05-01T10:00:00Z");
        var touchpoint = touchpoints.get("shop-" + run).id();
        jdbc.sql("""
                insert into survey_response (customer_id, touchpoint_id, survey_type, score, responded_at, source, created_at)
                values (:ana, :tp, 'CES', 6, :at, 'IMPORT', :at), (:ana, :tp, 'NPS', 3, :at, 'IMPORT', :at),
                       (:ben, :tp, 'NPS', 7, :at, 'DEMO', :at)""")
                .param("ana", id("ana")).param("ben", id("ben")).param("tp", touchpoint)
                .param("at", OffsetDateTime.parse("2026-05-02T12:00:00Z")).update();
        interaction("ana", "2026-05-01T22:30:00Z", true, "2026-05-02T01:00:00.5Z");
        interaction("ben", "2026-05-01T08:00:00Z", false, null);
        interaction("ben", "2026-05-03T08:00:00Z", false, "2026-05-04T08:00:00Z");
        assertThat(rollupRows()).isEqualTo(answerRows());
        assertThat(interactionRollupRows()).isEqualTo(interactionRows());

        customer("ana", "enterprise");
        jdbc.sql("update survey_response set score = 9 where customer_id = :ben and survey_type = 'NPS'")
                .param("ben", id("ben")).update();
        jdbc.sql("delete from survey_response where customer_id = :ana and survey_type = 'CES'")
                .param("ana", id("ana")).update();
        jdbc.sql("update interaction set resolved_at = occurred_at + interval '2 hours' where customer_id = :ben and resolved_at is null")
                .param("ben", id("ben")).update();
        jdbc.sql("delete from interaction where customer_id = :ben and occurred_at > :at")
                .param("ben", id("ben")).param("at", OffsetDateTime.parse("2026-05-02T00:00:00Z")).update();

        assertThat(rollupRows()).isEqualTo(answerRows());
        assertThat(interactionRollupRows()).isEqualTo(interactionRows());
        assertThat(rollups.current()).isTrue();
    }

    private List<String> rollupRows() {
        return jdbc.sql("""
                select e.response_day || ' ' || e.touchpoint_id || ' ' || coalesce(e.segment, '-') || ' ' || e.survey_type || ' '
                       || e.responses || ' ' || e.promoters || ' ' || e.detractors || ' ' || e.satisfied || ' ' || e.easy
                       || ' ' || e.score_sum || ' ' || e.score_sum_of_squares
                from response_day_rollup e where e.responses <> 0 order by 1""").query(String.class).list();
    }

    private List<String> answerRows() {
        return jdbc.sql("""
                select g.response_day || ' ' || g.touchpoint_id || ' ' || coalesce(g.segment, '-') || ' ' || g.survey_type || ' '
                       || g.responses || ' ' || g.promoters || ' ' || g.detractors || ' ' || g.satisfied || ' ' || g.easy
                       || ' ' || g.score_sum || ' ' || g.score_sum_of_squares
                from (select cast(e.responded_at at time zone z.time_zone as date) as response_day, e.touchpoint_id, c.segment,
                             e.survey_type, %s
                      from survey_response e join customer c on c.id = e.customer_id
                      cross join metrics_rollup_state z
                      group by 1, 2, 3, 4) g order by 1""".formatted(COUNTS)).query(String.class).list();
    }

    private List<String> interactionRollupRows() {
        return jdbc.sql("""
                select e.interaction_day || ' ' || e.touchpoint_id || ' ' || coalesce(e.segment, '-') || ' '
                       || e.interactions || ' ' || e.first_contact || ' ' || e.resolved || ' ' || e.resolution_seconds
                from interaction_day_rollup e where e.interactions <> 0 order by 1""").query(String.class).list();
    }

    private List<String> interactionRows() {
        return jdbc.sql("""
                select g.interaction_day || ' ' || g.touchpoint_id || ' ' || coalesce(g.segment, '-') || ' '
                       || g.interactions || ' ' || g.first_contact || ' ' || g.resolved || ' ' || g.resolution_seconds
                from (select cast(e.occurred_at at time zone z.time_zone as date) as interaction_day, e.touchpoint_id,
                             c.segment, count(*) as interactions, count(*) filter (where e.resolved_on_first_contact) as first_contact,
                             count(e.resolved_at) as resolved,
                             cast(coalesce(sum(extract(epoch from e.resolved_at) - extract(epoch from e.occurred_at)), 0)
                                  as numeric(30, 6)) as resolution_seconds
                      from interaction e join customer c on c.id = e.customer_id
                      cross join metrics_rollup_state z
                      group by 1, 2, 3) g order by 1""").query(String.class).list();
    }

    private void interaction(String customer, String at, boolean firstContact, String resolved) {
        interactions.record(new InteractionDetails(customer + "-" + run, "shop-" + run, Instant.parse(at), firstContact,
                resolved == null ? null : Instant.parse(resolved)));
    }

    private void customer(String name, String segment) {
        customers.save(name + "-" + run, new CustomerDetails(name, null, "en", segment, LocalDate.of(2025, 1, 1), null,
                false, false));
    }

    private long id(String name) {
        return jdbc.sql("select id from customer where external_id = :id").param("id", name + "-" + run)
                .query(Long.class).single();
    }

    private void apiAnswer(String customer, String type, int score, String at) throws Exception {
        mvc.perform(post("/api/v1/responses").header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerExternalId\":\"" + customer + "-" + run + "\",\"touchpoint\":\"shop-" + run
                                + "\",\"surveyType\":\"" + type + "\",\"score\":" + score + ",\"respondedAt\":\"" + at + "\"}"))
                .andExpect(status().isCreated());
    }
}
