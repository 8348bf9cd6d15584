package org.cxloop.web.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.cxloop.core.Channel;
import org.cxloop.core.apikey.ApiKeys;
import org.cxloop.core.customer.CustomerDetails;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.stage.StageDetails;
import org.cxloop.core.touchpoint.TouchpointDetails;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@PostgresIntegrationTest
@TestPropertySource(properties = "cx.time-zone=Europe/Madrid")
class MetricsTimeZoneIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiKeys apiKeys;
    @Autowired
    JourneyStages stages;
    @Autowired
    Touchpoints touchpoints;
    @Autowired
    Customers customers;
    @Autowired
    JdbcClient jdbc;

    @Test
    void readsPeriodsAsCalendarDaysInTheConfiguredZone() throws Exception {
        var run = UUID.randomUUID().toString().substring(0, 8);
        stages.save("tz-" + run, new StageDetails("Time zones", 1));
        touchpoints.save("tz-" + run, new TouchpointDetails("Time zones", Channel.WEB, "tz-" + run));
        var customer = customers.save("tz-" + run, new CustomerDetails("Ana", null, null, "tz-" + run,
                LocalDate.of(2025, 1, 1), null, false, false)).value().id();
        var touchpoint = touchpoints.get("tz-" + run).id();
        // 1 March 00:30 in Madrid (winter time), and 1 April 01:30 there (summer time since 29 March)
        answer(customer, touchpoint, 10, "2026-02-28T23:30:00Z");
        answer(customer, touchpoint, 0, "2026-03-31T23:30:00Z");

        mvc.perform(get("/api/v1/metrics").header("Authorization", "Bearer " + apiKeys.issue("tz", "tests").secret())
                        .param("from", "2026-03-01").param("to", "2026-03-31").param("touchpoint", "tz-" + run))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nps.responses").value(1))
                .andExpect(jsonPath("$.nps.promoters").value(1))
                .andExpect(jsonPath("$.nps.score").value(100.0));
    }

    private void answer(long customer, long touchpoint, int score, String at) {
        jdbc.sql("""
                insert into survey_response (customer_id, touchpoint_id, survey_type, score, responded_at, source, created_at)
                values (?, ?, 'NPS', ?, ?, 'API', ?)""")
                .params(customer, touchpoint, score, OffsetDateTime.parse(at), OffsetDateTime.parse(at))
                .update();
    }
}
