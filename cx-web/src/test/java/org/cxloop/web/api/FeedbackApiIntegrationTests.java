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
import org.springframework.test.web.servlet.ResultActions;

@PostgresIntegrationTest
class FeedbackApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ApiKeys apiKeys;
    @Autowired Customers customers;
    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired JdbcClient jdbc;

    String bearer;
    String s;

    @BeforeEach
    void setUp() {
        bearer = "Bearer " + apiKeys.issue("feedback", "tests").secret();
        s = UUID.randomUUID().toString().substring(0, 8);
        stages.save("fst-" + s, new StageDetails("Usage", 5));
        touchpoints.save("fapp-" + s, new TouchpointDetails("Mobile app", Channel.APP, "fst-" + s));
        customers.save("fc-" + s, new CustomerDetails("Lucía", "lucia@example.com", "es", "smb",
                LocalDate.of(2025, 1, 1), null, false, false));
    }

    @Test
    void storesAnalysedFeedbackOnceForTheSameExternalRef() throws Exception {
        var body = """
                {"kind":"REVIEW","channel":"APP","customerExternalId":"fc-%1$s","touchpoint":"fapp-%1$s","rating":1,
                 "ratingScale":5,"text":"La app se cuelga al pagar, fatal","occurredAt":"2026-11-20T10:15:00+01:00",
                 "author":"lucia_g","link":"https://play.example.com/r/1","externalRef":"play-%1$s"}""".formatted(s);
        var location = send(body)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/feedback/")))
                .andExpect(jsonPath("$.kind").value("REVIEW"))
                .andExpect(jsonPath("$.customer").value("fc-" + s))
                .andExpect(jsonPath("$.touchpoint").value("fapp-" + s))
                .andExpect(jsonPath("$.occurredAt").value("2026-11-20T09:15:00Z"))
                .andExpect(jsonPath("$.origin").value("API"))
                .andExpect(jsonPath("$.language").value("es"))
                .andExpect(jsonPath("$.sentiment").value("NEGATIVE"))
                .andExpect(jsonPath("$.topics[0]").value("app"))
                .andReturn().getResponse().getHeader("Location");
        send(body).andExpect(status().isOk()).andExpect(jsonPath("$.externalRef").value("play-" + s));
        assertThat(jdbc.sql("select count(*) from external_feedback where external_ref = :r").param("r", "play-" + s)
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(get(location).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("La app se cuelga al pagar, fatal"))
                .andExpect(jsonPath("$.rating").value(1));
    }

    @Test
    void refusesTheSameExternalRefForDifferentFeedback() throws Exception {
        send(minimal("SOCIAL", "SOCIAL", "Love the new store", "ref-" + s)).andExpect(status().isCreated());
        send(minimal("SOCIAL", "SOCIAL", "Hate the new store", "ref-" + s)).andExpect(status().isConflict());
    }

    @Test
    void acceptsFeedbackWithoutCustomerTouchpointOrRating() throws Exception {
        send(minimal("CONTACT_CENTRE", "PHONE", "Caller asked about invoice dates", null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.customer").doesNotExist())
                .andExpect(jsonPath("$.rating").doesNotExist());
    }

    @Test
    void namesTheFieldOfEachMistake() throws Exception {
        expectField(minimal("STARS", "APP", "x", null), "kind");
        expectField(minimal("REVIEW", "FAX", "x", null), "channel");
        expectField(minimal("REVIEW", "APP", " ", null), "text");
        expectField(minimal("REVIEW", "APP", "x".repeat(4001), null), "text");
        expectField(minimal("REVIEW", "APP", "bad \\u0000 byte", null), "text");
        expectField("""
                {"kind":"REVIEW","channel":"APP","text":"ok","occurredAt":"2026-11-20","rating":7,"ratingScale":5}""", "rating");
        expectField("""
                {"kind":"REVIEW","channel":"APP","text":"ok","occurredAt":"2026-11-20","rating":3}""", "ratingScale");
        expectField("""
                {"kind":"REVIEW","channel":"APP","text":"ok","occurredAt":"2026-11-20","rating":3,"ratingScale":7}""", "ratingScale");
        expectField("""
                {"kind":"REVIEW","channel":"APP","text":"ok","occurredAt":"yesterday"}""", "occurredAt");
        expectField("""
                {"kind":"REVIEW","channel":"APP","text":"ok"}""", "occurredAt");
        expectField("""
                {"kind":"REVIEW","channel":"APP","text":"ok","occurredAt":"2999-01-01"}""", "occurredAt");
        expectField("""
                {"kind":"REVIEW","channel":"APP","text":"ok","occurredAt":"2026-11-20","link":"javascript:alert(1)"}""", "link");
        expectField("""
                {"kind":"REVIEW","channel":"APP","text":"ok","occurredAt":"2026-11-20","author":"%s"}""".formatted("a".repeat(201)),
                "author");
    }

    @Test
    void refusesAnUnknownCustomerOrTouchpointWithAClearMessage() throws Exception {
        expectField("""
                {"kind":"REVIEW","channel":"APP","text":"ok","occurredAt":"2026-11-20","customerExternalId":"ghost-%s"}"""
                .formatted(s), "customerExternalId")
                .andExpect(jsonPath("$.detail").value("customerExternalId: No customer has the external id 'ghost-" + s + "'."));
        expectField("""
                {"kind":"REVIEW","channel":"APP","text":"ok","occurredAt":"2026-11-20","touchpoint":"nowhere-%s"}"""
                .formatted(s), "touchpoint")
                .andExpect(jsonPath("$.detail").value("touchpoint: No touchpoint has the code 'nowhere-" + s + "'."));
        assertThat(jdbc.sql("select count(*) from external_feedback where text = 'ok'").query(Long.class).single()).isZero();
    }

    @Test
    void needsAnApiKey() throws Exception {
        mvc.perform(post("/api/v1/feedback").contentType(MediaType.APPLICATION_JSON)
                        .content(minimal("REVIEW", "APP", "x", null)))
                .andExpect(status().isUnauthorized());
    }

    private String minimal(String kind, String channel, String text, String ref) {
        return """
                {"kind":"%s","channel":"%s","text":"%s","occurredAt":"2026-11-20"%s}""".formatted(kind, channel, text,
                ref == null ? "" : ",\"externalRef\":\"" + ref + "\"");
    }

    private ResultActions expectField(String body, String field) throws Exception {
        return send(body).andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.field").value(field));
    }

    private ResultActions send(String body) throws Exception {
        return mvc.perform(post("/api/v1/feedback").header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
