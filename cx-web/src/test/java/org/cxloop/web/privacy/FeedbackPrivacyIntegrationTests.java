package org.cxloop.web.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.cxloop.core.Channel;
import org.cxloop.core.apikey.ApiKeys;
import org.cxloop.core.customer.CustomerDetails;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.stage.StageDetails;
import org.cxloop.core.touchpoint.TouchpointDetails;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.survey.feedback.FeedbackInbox;
import org.cxloop.survey.feedback.FeedbackOrigin;
import org.cxloop.survey.feedback.NewFeedback;
import org.cxloop.survey.privacy.CustomerPrivacy;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A customer's feedback from other channels is in their data export, and goes when they ask to be forgotten. */
@PostgresIntegrationTest
class FeedbackPrivacyIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ApiKeys apiKeys;
    @Autowired Customers customers;
    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired FeedbackInbox inbox;
    @Autowired CustomerPrivacy privacy;
    @Autowired JdbcClient jdbc;

    String s;
    String bearer;
    long feedbackId;

    @BeforeEach
    void customerWithFeedback() {
        s = UUID.randomUUID().toString().substring(0, 8);
        bearer = "Bearer " + apiKeys.issue("privacy", "tests").secret();
        stages.save("fpst-" + s, new StageDetails("Support", 6));
        touchpoints.save("fptp-" + s, new TouchpointDetails("Shop " + s, Channel.STORE, "fpst-" + s));
        customers.save("fpriv-" + s, new CustomerDetails("Paula Pérez", "fpaula-" + s + "@example.com", "es", null,
                LocalDate.of(2024, 1, 1), null, false, false));
        feedbackId = inbox.receive(new NewFeedback("SOCIAL", "SOCIAL", "fpriv-" + s, "fptp-" + s, 2, 5,
                "Soy Paula, la tienda de " + s + " tardó horas, fatal", Instant.parse("2026-10-10T10:00:00Z"), "@paula_p",
                "https://social.example.com/p/1", "tw-" + s), FeedbackOrigin.API).feedback().id();
    }

    @Test
    void theExportHoldsTheCustomersFeedback() throws Exception {
        mvc.perform(get("/api/v1/customers/{id}/export", "fpriv-" + s).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.feedback.length()").value(1))
                .andExpect(jsonPath("$.feedback[0].kind").value("SOCIAL"))
                .andExpect(jsonPath("$.feedback[0].text").value("Soy Paula, la tienda de " + s + " tardó horas, fatal"))
                .andExpect(jsonPath("$.feedback[0].author").value("@paula_p"))
                .andExpect(jsonPath("$.feedback[0].touchpoint").value("fptp-" + s))
                .andExpect(jsonPath("$.feedback[0].rating").value(2));
    }

    @Test
    void erasureRemovesTheTextAuthorLinkAndAnalysisButKeepsTheRating() throws Exception {
        mvc.perform(post("/api/v1/customers/{id}/erase", "fpriv-" + s).header("Authorization", bearer))
                .andExpect(status().isOk());

        Map<String, Object> row = jdbc.sql("select text, author, link, external_ref, rating from external_feedback where id = ?")
                .param(feedbackId).query().singleRow();
        assertThat(row).containsEntry("text", "").containsEntry("author", null).containsEntry("link", null)
                .containsEntry("external_ref", null);
        assertThat(((Number) row.get("rating")).intValue()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from feedback_analysis where feedback_id = ?").param(feedbackId)
                .query(Long.class).single()).isZero();
        var comments = mvc.perform(get("/comments?from=2026-10-01&to=2026-10-31&touchpoint=fptp-" + s)
                        .with(user("m@example.com").roles("MANAGER")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(comments).doesNotContain("Paula").contains("No comments found");
    }

    @Test
    void retentionDeletesOldFeedbackTextToo() {
        privacy.anonymiseCommentsOlderThan(Duration.ofDays(1));
        assertThat(jdbc.sql("select text from external_feedback where id = ?").param(feedbackId).query(String.class).single())
                .isEmpty();
    }
}
