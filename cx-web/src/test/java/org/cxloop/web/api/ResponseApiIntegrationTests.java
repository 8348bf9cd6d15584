package org.cxloop.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.cxloop.core.Channel;
import org.cxloop.core.apikey.ApiKeys;
import org.cxloop.core.customer.CustomerDetails;
import org.cxloop.core.customer.Customers;
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

@PostgresIntegrationTest
class ResponseApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ApiKeys apiKeys;
    @Autowired Customers customers;
    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired JdbcClient jdbc;

    String bearer;
    String suffix;

    @BeforeEach
    void setUp() {
        bearer = "Bearer " + apiKeys.issue("responses", "tests").secret();
        suffix = UUID.randomUUID().toString().substring(0, 8);
        stages.save("use-" + suffix, new StageDetails("Usage", 5));
        touchpoints.save("app-" + suffix, new TouchpointDetails("Mobile app", Channel.APP, "use-" + suffix));
        customers.save("cust-" + suffix, new CustomerDetails("Ana", "ana@example.com", "es", "smb",
                LocalDate.of(2025, 1, 1), null, false, false));
    }

    @Test
    void recordsAnAnswerOnceForTheSameIdempotencyKey() throws Exception {
        var body = answer(9, "2026-11-20T10:15:00+01:00");
        mvc.perform(post("/api/v1/responses").header("Authorization", bearer).header("Idempotency-Key", "k-" + suffix)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/responses/")))
                .andExpect(jsonPath("$.score").value(9))
                .andExpect(jsonPath("$.respondedAt").value("2026-11-20T09:15:00Z"))
                .andExpect(jsonPath("$.source").value("API"));
        mvc.perform(post("/api/v1/responses").header("Authorization", bearer).header("Idempotency-Key", "k-" + suffix)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.score").value(9));
        assertThat(countFor("cust-" + suffix)).isEqualTo(1);
    }

    @Test
    void refusesTheSameKeyForADifferentAnswer() throws Exception {
        mvc.perform(post("/api/v1/responses").header("Authorization", bearer).header("Idempotency-Key", "d-" + suffix)
                        .contentType(MediaType.APPLICATION_JSON).content(answer(9, "2026-11-20")))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/responses").header("Authorization", bearer).header("Idempotency-Key", "d-" + suffix)
                        .contentType(MediaType.APPLICATION_JSON).content(answer(2, "2026-11-20")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Idempotency key reused"));
        assertThat(countFor("cust-" + suffix)).isEqualTo(1);
    }

    @Test
    void storesExactlyOneAnswerWhenTheSameKeyArrivesInParallel() throws Exception {
        var body = answer(7, "2026-11-21");
        Callable<Integer> call = () -> mvc.perform(post("/api/v1/responses").header("Authorization", bearer)
                        .header("Idempotency-Key", "p-" + suffix).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse().getStatus();
        try (var pool = Executors.newFixedThreadPool(8)) {
            var futures = pool.invokeAll(java.util.Collections.nCopies(16, call));
            for (var future : futures) {
                assertThat(future.get()).isIn(200, 201);
            }
        }
        assertThat(countFor("cust-" + suffix)).isEqualTo(1);
    }

    @Test
    void namesTheFieldOfABadAnswer() throws Exception {
        mvc.perform(post("/api/v1/responses").header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                        .content(answer(11, "2026-11-20")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("score"));
        mvc.perform(post("/api/v1/responses").header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                        .content(answer(5, "yesterday")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("respondedAt"));
        mvc.perform(post("/api/v1/responses").header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                        .content(answer(5, "2099-01-01")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("respondedAt"));
        mvc.perform(post("/api/v1/responses").header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                        .content(answer(5, "2026-11-20").replace("cust-" + suffix, "ghost-" + suffix)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("customerExternalId"));
        mvc.perform(post("/api/v1/responses").header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customerExternalId\":\"cust-" + suffix + "\",\"touchpoint\":\"app-" + suffix
                                + "\",\"surveyType\":\"STAR\",\"score\":3,\"respondedAt\":\"2026-11-20\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("surveyType"));
        assertThat(countFor("cust-" + suffix)).isZero();
    }

    @Test
    void readsAStoredAnswer() throws Exception {
        var location = mvc.perform(post("/api/v1/responses").header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(answer(10, "2026-11-22")))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        mvc.perform(get(location).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.customer").value("cust-" + suffix))
                .andExpect(jsonPath("$.comment").value("Muy fácil"));
    }

    private String answer(int score, String respondedAt) {
        return "{\"customerExternalId\":\"cust-" + suffix + "\",\"touchpoint\":\"app-" + suffix
                + "\",\"surveyType\":\"NPS\",\"score\":" + score + ",\"comment\":\"Muy fácil\",\"respondedAt\":\""
                + respondedAt + "\"}";
    }

    private long countFor(String externalId) {
        return jdbc.sql("select count(*) from survey_response r join customer c on c.id = r.customer_id where c.external_id = :id")
                .param("id", externalId).query(Long.class).single();
    }
}
