package org.cxloop.web.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.cxloop.core.Channel;
import org.cxloop.core.apikey.ApiKeys;
import org.cxloop.core.customer.CustomerDetails;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.stage.StageDetails;
import org.cxloop.core.touchpoint.TouchpointDetails;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.survey.campaign.Audience;
import org.cxloop.survey.campaign.CampaignDetails;
import org.cxloop.survey.campaign.Campaigns;
import org.cxloop.survey.definition.SurveyDefinition;
import org.cxloop.survey.definition.Surveys;
import org.cxloop.survey.invitation.InvitationTokens;
import org.cxloop.survey.response.SurveyType;
import org.cxloop.survey.webhook.NewWebhook;
import org.cxloop.survey.webhook.WebhookEvent;
import org.cxloop.survey.webhook.WebhookFormat;
import org.cxloop.survey.webhook.Webhooks;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.cxloop.testsupport.WebhookReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The real scheduler posting to a receiver that takes 5 s to answer (CX Loop waits 2 s): while it is stuck on that
 * endpoint, answers through the API and the public survey page are stored and answered as fast as ever.
 */
@PostgresIntegrationTest
@DirtiesContext
@TestPropertySource(properties = {"cx.webhooks.scheduler.enabled=true", "cx.webhooks.initial-delay=PT0S",
        "cx.webhooks.interval=PT0.1S", "cx.webhooks.read-timeout=PT2S", "cx.webhooks.first-retry=PT0.1S",
        "cx.webhooks.longest-retry=PT0.2S", "cx.webhooks.max-attempts=1000"})
class WebhookIsolationIntegrationTests {

    static final Duration STUCK = Duration.ofSeconds(2);

    @Autowired MockMvc mvc;
    @Autowired ApiKeys apiKeys;
    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired Customers customers;
    @Autowired Surveys surveys;
    @Autowired Campaigns campaigns;
    @Autowired InvitationTokens tokens;
    @Autowired Webhooks webhooks;
    @Autowired JdbcClient jdbc;

    final WebhookReceiver receiver = new WebhookReceiver();

    @AfterEach
    void stopReceiver() {
        jdbc.sql("delete from webhook_endpoint").update();
        receiver.close();
    }

    @Test
    void aSlowEndpointNeverSlowsOrLosesAnAnswer() throws Exception {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        stages.save("s-" + suffix, new StageDetails("Stay", 2));
        touchpoints.save("t-" + suffix, new TouchpointDetails("Check-in", Channel.STORE, "s-" + suffix));
        for (var i = 0; i < 4; i++) {
            customers.save("c" + i + "-" + suffix, new CustomerDetails("Guest " + i, "g" + i + "-" + suffix + "@example.com",
                    "en", "seg-" + suffix, LocalDate.now().minusYears(1), null, false, false));
        }
        var survey = surveys.create(SurveyDefinition.standard("NPS " + suffix, SurveyType.NPS));
        var campaign = campaigns.create(new CampaignDetails("Check-in " + suffix, survey.id(), "t-" + suffix,
                Audience.SEGMENT, "seg-" + suffix, null, null, null, 0, 72, 14, true));
        campaigns.launch(campaign.id());
        var links = jdbc.sql("select id, token_nonce from invitation where campaign_id = :id").param("id", campaign.id())
                .query((rs, n) -> tokens.tokenFor(rs.getLong("id"), rs.getString("token_nonce"))).list();
        var bearer = "Bearer " + apiKeys.issue("slow-endpoint", "tests").secret();
        jdbc.sql("delete from webhook_endpoint").update();
        webhooks.register(new NewWebhook("Slow " + suffix, receiver.url(), null,
                Set.of(WebhookEvent.RESPONSE_RECORDED, WebhookEvent.CASE_OPENED), WebhookFormat.JSON), "tests");
        receiver.delay(Duration.ofSeconds(5));

        timedApiAnswer(bearer, "c0-" + suffix, "t-" + suffix);
        var deadline = Instant.now().plusSeconds(30);
        while (receiver.arrivals() == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(receiver.arrivals()).as("the scheduler is posting to the slow endpoint").isPositive();

        var slowest = Duration.ZERO;
        for (var i = 0; i < 8; i++) {
            var took = timedApiAnswer(bearer, "c" + (i % 4) + "-" + suffix, "t-" + suffix);
            slowest = took.compareTo(slowest) > 0 ? took : slowest;
        }
        for (var link : links) {
            var started = System.nanoTime();
            mvc.perform(post("/s/{token}", link).param("score", "2").param("comment", "Queue at check-in"))
                    .andExpect(status().is3xxRedirection());
            var took = Duration.ofNanos(System.nanoTime() - started);
            slowest = took.compareTo(slowest) > 0 ? took : slowest;
        }

        System.out.printf("Slow webhook endpoint: slowest answer took %d ms while the endpoint had %d posts%n",
                slowest.toMillis(), receiver.arrivals());
        assertThat(slowest).as("no answer waited for the endpoint").isLessThan(STUCK);
        var stored = jdbc.sql("""
                        select count(*) from survey_response r join touchpoint t on t.id = r.touchpoint_id
                        where t.code = :code""").param("code", "t-" + suffix).query(Long.class).single();
        assertThat(stored).isEqualTo(1 + 8 + 4);
        var expectedDeliveries = (1 + 8) * 2 + 4 * 2;
        assertThat(webhooks.deliveries(null)).hasSize(expectedDeliveries);
        deadline = Instant.now().plusSeconds(30);
        while (webhooks.deliveries(null).stream().noneMatch(d -> d.lastError() != null) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(webhooks.deliveries(null)).anySatisfy(d -> assertThat(d.lastError()).contains("time limit"));
    }

    private Duration timedApiAnswer(String bearer, String customer, String touchpoint) throws Exception {
        var started = System.nanoTime();
        mvc.perform(post("/api/v1/responses").header("Authorization", bearer).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"customerExternalId":"%s","touchpoint":"%s","surveyType":"NPS","score":1,
                                 "comment":"Slow check-in","respondedAt":"%s"}""".formatted(customer, touchpoint, Instant.now())))
                .andExpect(status().isCreated());
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
