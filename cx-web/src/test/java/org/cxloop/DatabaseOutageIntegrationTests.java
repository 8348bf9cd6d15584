package org.cxloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.cxloop.core.Channel;
import org.cxloop.core.apikey.ApiKeys;
import org.cxloop.core.customer.CustomerDetails;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.stage.StageDetails;
import org.cxloop.core.touchpoint.TouchpointDetails;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.testsupport.TcpProxy;
import org.cxloop.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * PostgreSQL goes away under a running application and comes back: meanwhile health says DOWN, requests get 503
 * with Retry-After (never a 2xx for something not stored), and afterwards the application works again by itself.
 */
@SpringBootTest(properties = {"spring.datasource.hikari.connection-timeout=1500",
        "spring.datasource.hikari.validation-timeout=1000", "management.endpoint.health.show-components=always"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DatabaseOutageIntegrationTests {

    static TcpProxy proxy;

    @DynamicPropertySource
    static void throughAProxy(DynamicPropertyRegistry registry) throws Exception {
        var database = TestDatabase.get();
        var url = URI.create(database.jdbcUrl().substring("jdbc:".length()));
        proxy = new TcpProxy(url.getHost(), url.getPort());
        var proxied = database.jdbcUrl().replace(url.getHost() + ":" + url.getPort(), "127.0.0.1:" + proxy.port());
        registry.add("spring.datasource.url", () -> proxied);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
    }

    @AfterAll
    static void closeProxy() throws Exception {
        proxy.close();
    }

    @Autowired MockMvc mvc;
    @Autowired ApiKeys apiKeys;
    @Autowired Customers customers;
    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired JdbcClient jdbc;

    @Test
    void answers503WhileTheDatabaseIsAwayLosesNothingAndRecoversByItself() throws Exception {
        var s = UUID.randomUUID().toString().substring(0, 8);
        var key = "Bearer " + apiKeys.issue("outage", "tests").secret();
        stages.save("out-" + s, new StageDetails("Support", 1));
        touchpoints.save("outp-" + s, new TouchpointDetails("Phone", Channel.PHONE, "out-" + s));
        customers.save("outc-" + s, new CustomerDetails("Olga", null, "en", null, LocalDate.of(2024, 1, 1), null, false, false));

        proxy.cut();
        var during = mvc.perform(post("/api/v1/responses").header("Authorization", key)
                        .contentType(MediaType.APPLICATION_JSON).content(answer(s, "during")))
                .andReturn().getResponse();
        assertThat(during.getStatus()).isEqualTo(503);
        assertThat(during.getHeader("Retry-After")).isEqualTo("5");
        assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(503);

        proxy.start();
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        int status;
        do {
            Thread.sleep(250);
            status = mvc.perform(post("/api/v1/responses").header("Authorization", key)
                            .contentType(MediaType.APPLICATION_JSON).content(answer(s, "after")))
                    .andReturn().getResponse().getStatus();
        } while (status != 201 && Instant.now().isBefore(deadline));
        assertThat(status).isEqualTo(201);
        assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(200);
        var stored = jdbc.sql("""
                        select r.idempotency_key from survey_response r join customer c on c.id = r.customer_id
                        where c.external_id = :id""")
                .param("id", "outc-" + s).query(String.class).list();
        assertThat(stored).containsExactly("after-" + s);
    }

    private static String answer(String s, String key) {
        return "{\"customerExternalId\":\"outc-" + s + "\",\"touchpoint\":\"outp-" + s + "\",\"surveyType\":\"NPS\","
                + "\"score\":8,\"respondedAt\":\"2026-11-01\",\"idempotencyKey\":\"" + key + "-" + s + "\"}";
    }
}
