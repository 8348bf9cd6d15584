package org.cxloop.web.widget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.cxloop.core.Channel;
import org.cxloop.core.apikey.PublishableKeys;
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
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The widget's public endpoints: publishable keys, origins and CORS, opt-out and fatigue, idempotent answers. */
@PostgresIntegrationTest
class WidgetApiIntegrationTests {

    static final String SHOP = "https://shop.example.com";

    @Autowired MockMvc mvc;
    @Autowired PublishableKeys keys;
    @Autowired Customers customers;
    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired JdbcClient jdbc;

    String key;
    String suffix;
    String customer;
    String touchpoint;

    @BeforeEach
    void setUp() {
        key = keys.create("Shop", "https://SHOP.example.com:443/\nhttp://localhost:3000", "tests").key();
        suffix = UUID.randomUUID().toString().substring(0, 8);
        stages.save("buy-" + suffix, new StageDetails("Purchase", 3));
        touchpoint = "web-" + suffix;
        touchpoints.save(touchpoint, new TouchpointDetails("Checkout", Channel.WEB, "buy-" + suffix));
        customer = "cust-" + suffix;
        customers.save(customer, new CustomerDetails("Ana", "ana@example.com", "es", "smb", LocalDate.of(2025, 1, 1),
                null, false, false));
    }

    @Test
    void asksAKnownCustomerInTheirLanguageFromAnAllowedOrigin() throws Exception {
        mvc.perform(get("/widget/v1/eligibility").param("key", key).param("customer", customer).param("type", "CSAT")
                        .param("lang", "es-ES").header("Origin", SHOP))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", SHOP))
                .andExpect(jsonPath("$.ask").value(true))
                .andExpect(jsonPath("$.min").value(1))
                .andExpect(jsonPath("$.max").value(5))
                .andExpect(jsonPath("$.question").value(containsString("satisfacción")));
    }

    @Test
    void refusesOtherOriginsMissingOriginsAndRevokedKeys() throws Exception {
        mvc.perform(options("/widget/v1/responses").param("key", key).header("Origin", "https://evil.example.net")
                        .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type"))
                .andExpect(status().isForbidden());
        mvc.perform(options("/widget/v1/responses").param("key", key).header("Origin", "http://localhost:3000")
                        .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "http://localhost:3000"));
        mvc.perform(get("/widget/v1/eligibility").param("key", key).param("customer", customer))
                .andExpect(status().isForbidden());
        mvc.perform(get("/widget/v1/eligibility").param("key", "cxp_unknown").param("customer", customer).header("Origin", SHOP))
                .andExpect(status().isForbidden());
        var revoked = keys.create("Old site", SHOP, "tests");
        keys.revoke(revoked.id());
        mvc.perform(get("/widget/v1/eligibility").param("key", revoked.key()).param("customer", customer).header("Origin", SHOP))
                .andExpect(status().isForbidden());
    }

    @Test
    void recordsAnAnswerOnceAndThenStopsAskingThatCustomer() throws Exception {
        var answerId = UUID.randomUUID().toString();
        var body = """
                {"customer":"%s","touchpoint":"%s","surveyType":"NPS","score":9,"comment":"Quick checkout","answerId":"%s"}
                """.formatted(customer, touchpoint, answerId);
        mvc.perform(post("/widget/v1/responses").param("key", key).header("Origin", SHOP)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Access-Control-Allow-Origin", SHOP));
        mvc.perform(post("/widget/v1/responses").param("key", key).header("Origin", SHOP)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("""
                        select count(*) from survey_response r join customer c on c.id = r.customer_id
                        where c.external_id = :c and r.source = 'WIDGET' and r.score = 9 and r.comment = 'Quick checkout'""")
                .param("c", customer).query(Long.class).single()).isEqualTo(1);

        mvc.perform(get("/widget/v1/eligibility").param("key", key).param("customer", customer).header("Origin", SHOP))
                .andExpect(jsonPath("$.ask").value(false))
                .andExpect(jsonPath("$.question").doesNotExist());
        var another = body.replace(answerId, UUID.randomUUID().toString());
        mvc.perform(post("/widget/v1/responses").param("key", key).header("Origin", SHOP)
                        .contentType(MediaType.APPLICATION_JSON).content(another))
                .andExpect(status().isConflict());
    }

    @Test
    void neverAsksACustomerWhoOptedOutOrIsUnknown() throws Exception {
        customers.save(customer, new CustomerDetails("Ana", "ana@example.com", "es", "smb", LocalDate.of(2025, 1, 1),
                null, false, true));
        mvc.perform(get("/widget/v1/eligibility").param("key", key).param("customer", customer).header("Origin", SHOP))
                .andExpect(jsonPath("$.ask").value(false));
        mvc.perform(get("/widget/v1/eligibility").param("key", key).param("customer", "nobody-" + suffix).header("Origin", SHOP))
                .andExpect(jsonPath("$.ask").value(false));
        mvc.perform(post("/widget/v1/responses").param("key", key).header("Origin", SHOP).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"customer":"%s","touchpoint":"%s","surveyType":"NPS","score":3,"answerId":"%s"}
                                """.formatted(customer, touchpoint, UUID.randomUUID())))
                .andExpect(status().isConflict());
    }

    @Test
    void rejectsABadAnswerWithAProblemNamingTheField() throws Exception {
        mvc.perform(post("/widget/v1/responses").param("key", key).header("Origin", SHOP).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"customer":"%s","touchpoint":"%s","surveyType":"NPS","score":11,"answerId":"%s"}
                                """.formatted(customer, touchpoint, UUID.randomUUID())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("score"));
        mvc.perform(post("/widget/v1/responses").param("key", key).header("Origin", SHOP).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customer\":"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void cannotReadAnything() throws Exception {
        mvc.perform(get("/widget/v1/responses").param("key", key).header("Origin", SHOP))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(404, 405));
        mvc.perform(get("/api/v1/customers/" + customer).header("Authorization", "Bearer " + key))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void servesTheScriptSmallerThanFifteenKilobytesGzipped() throws Exception {
        mvc.perform(get("/widget/v1/cxloop.js"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("javascript")));
        var script = new ClassPathResource("static/widget/v1/cxloop.js").getContentAsByteArray();
        var gzipped = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(gzipped)) {
            gzip.write(script);
        }
        System.out.printf("Widget script: %d bytes, %d bytes gzipped%n", script.length, gzipped.size());
        assertThat(gzipped.size()).isLessThan(15 * 1024);
        assertThat(new String(script, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("http://", "https://cdn");
    }
}
