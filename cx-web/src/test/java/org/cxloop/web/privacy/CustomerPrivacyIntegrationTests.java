package org.cxloop.web.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
import org.cxloop.metrics.Metrics;
import org.cxloop.metrics.MetricsFilter;
import org.cxloop.metrics.Period;
import org.cxloop.survey.privacy.CustomerPrivacy;
import org.cxloop.survey.response.NewResponse;
import org.cxloop.survey.response.ResponseSource;
import org.cxloop.survey.response.Responses;
import org.cxloop.survey.response.SurveyType;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A customer's right of access and right to be forgotten, without changing a single metric. */
@PostgresIntegrationTest
class CustomerPrivacyIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ApiKeys apiKeys;
    @Autowired Customers customers;
    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired Interactions interactions;
    @Autowired Responses responses;
    @Autowired CustomerPrivacy privacy;
    @Autowired Metrics metrics;
    @Autowired JdbcClient jdbc;

    String s;
    String bearer;

    @BeforeEach
    void customerWithHistory() {
        s = UUID.randomUUID().toString().substring(0, 8);
        bearer = "Bearer " + apiKeys.issue("privacy", "tests").secret();
        stages.save("pst-" + s, new StageDetails("Support", 6));
        touchpoints.save("ptp-" + s, new TouchpointDetails("Phone", Channel.PHONE, "pst-" + s));
        customers.save("priv-" + s, new CustomerDetails("Paula Pérez", "paula-" + s + "@example.com", "es", "seg-" + s,
                LocalDate.of(2024, 1, 1), null, true, false));
        customers.save("other-" + s, new CustomerDetails("Otto", null, "en", "seg-" + s, LocalDate.of(2024, 1, 1), null, false, false));
        var when = Instant.parse("2026-10-10T10:00:00Z");
        interactions.record(new InteractionDetails("priv-" + s, "ptp-" + s, when, true, when.plus(1, ChronoUnit.HOURS)));
        responses.record(new NewResponse("priv-" + s, "ptp-" + s, SurveyType.NPS, 3, "Me llamo Paula y esperé 40 minutos",
                when, null), ResponseSource.API);
        responses.record(new NewResponse("other-" + s, "ptp-" + s, SurveyType.NPS, 10, "Great", when, null), ResponseSource.API);
    }

    @Test
    void exportsEverythingHeldAboutTheCustomer() throws Exception {
        mvc.perform(get("/api/v1/customers/{id}/export", "priv-" + s).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.customer.name").value("Paula Pérez"))
                .andExpect(jsonPath("$.customer.email").value("paula-" + s + "@example.com"))
                .andExpect(jsonPath("$.interactions.length()").value(1))
                .andExpect(jsonPath("$.responses[0].score").value(3))
                .andExpect(jsonPath("$.responses[0].comment").value("Me llamo Paula y esperé 40 minutos"));
    }

    @Test
    void erasesPersonalDataButKeepsTheMetricsExactlyAsTheyWere() throws Exception {
        var filter = new MetricsFilter(new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)), "ptp-" + s, null, null, null);
        var before = metrics.overview(filter);

        mvc.perform(post("/api/v1/customers/{id}/erase", "priv-" + s).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.anonymousId", containsString("erased-")));

        assertThat(customers.find("priv-" + s)).isEmpty();
        var leftovers = jdbc.sql("select count(*) from customer where email like :email")
                .param("email", "%paula-" + s + "%").query(Long.class).single();
        assertThat(leftovers).isZero();
        var comments = jdbc.sql("""
                        select count(*) from survey_response r join touchpoint t on t.id = r.touchpoint_id
                        where t.code = :tp and r.comment like '%Paula%'""")
                .param("tp", "ptp-" + s).query(Long.class).single();
        assertThat(comments).isZero();
        var after = metrics.overview(filter);
        assertThat(after.nps()).isEqualTo(before.nps());
        assertThat(after.nps().responses()).isEqualTo(2);
        mvc.perform(get("/api/v1/customers/{id}/export", "priv-" + s).header("Authorization", bearer))
                .andExpect(status().isNotFound());
    }

    @Test
    void anonymisesCommentsOlderThanTheRetentionPeriod() {
        var removed = privacy.anonymiseCommentsOlderThan(Duration.ofDays(1));
        assertThat(removed).isGreaterThanOrEqualTo(2);
        var ours = jdbc.sql("""
                        select count(*) from survey_response r join touchpoint t on t.id = r.touchpoint_id
                        where t.code = :tp and r.comment is null""")
                .param("tp", "ptp-" + s).query(Long.class).single();
        assertThat(ours).isEqualTo(2);
    }

    @Test
    void adminsEraseOnlyAfterConfirming() throws Exception {
        var admin = user("admin@example.com").roles("ADMIN");
        mvc.perform(get("/admin/privacy").param("externalId", "priv-" + s).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Paula Pérez")));
        mvc.perform(post("/admin/privacy/erase").param("externalId", "priv-" + s).with(admin).with(csrf()))
                .andExpect(flash().attribute("error", "privacy.confirmRequired"));
        assertThat(customers.find("priv-" + s)).isPresent();
        mvc.perform(post("/admin/privacy/erase").param("externalId", "priv-" + s).param("confirmed", "true")
                        .with(admin).with(csrf()))
                .andExpect(flash().attribute("success", "privacy.erased"));
        assertThat(customers.find("priv-" + s)).isEmpty();
    }
}
