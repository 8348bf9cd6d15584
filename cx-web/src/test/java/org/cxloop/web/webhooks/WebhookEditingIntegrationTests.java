package org.cxloop.web.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.cxloop.survey.webhook.IssuedWebhook;
import org.cxloop.survey.webhook.NewWebhook;
import org.cxloop.survey.webhook.WebhookEvent;
import org.cxloop.survey.webhook.WebhookFormat;
import org.cxloop.survey.webhook.WebhookSender;
import org.cxloop.survey.webhook.Webhooks;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.cxloop.testsupport.TestClock;
import org.cxloop.testsupport.WebhookReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Editing a registered endpoint from the admin screen (URL, events, on/off) instead of deleting and registering it
 * again, with the URL checked as at registration. Same context as {@link WebhookDeliveryIntegrationTests}.
 */
@PostgresIntegrationTest
@Import(WebhookDeliveryIntegrationTests.Clocks.class)
@TestPropertySource(properties = {"cx.public-url=https://cx.example.com", "cx.webhooks.max-attempts=4"})
class WebhookEditingIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ApiKeys apiKeys;
    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired Customers customers;
    @Autowired Webhooks webhooks;
    @Autowired WebhookSender sender;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    final JsonMapper json = JsonMapper.builder().build();
    final WebhookReceiver first = new WebhookReceiver();
    final WebhookReceiver moved = new WebhookReceiver();
    final RequestPostProcessor admin = user("editing-admin@example.com").roles("ADMIN");
    String bearer;
    String suffix;

    @BeforeEach
    void journeyAndCustomer() {
        jdbc.sql("delete from webhook_endpoint").update();
        bearer = "Bearer " + apiKeys.issue("editing", "tests").secret();
        suffix = UUID.randomUUID().toString().substring(0, 8);
        stages.save("desk-" + suffix, new StageDetails("Desk", 3));
        touchpoints.save("desk-" + suffix, new TouchpointDetails("Front desk", Channel.STORE, "desk-" + suffix));
        customers.save("c-" + suffix, new CustomerDetails("Teo " + suffix, null, "es", null,
                LocalDate.now().minusYears(1), null, false, false));
    }

    @AfterEach
    void stopReceivers() {
        first.close();
        moved.close();
        jdbc.sql("delete from webhook_endpoint").update();
    }

    @Test
    void anAdminMovesTheEndpointChangesItsEventsAndPausesIt() throws Exception {
        var endpoint = register();
        var id = endpoint.endpoint().id();
        mvc.perform(get("/admin/webhooks").param("endpoint", String.valueOf(id)).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + first.url() + "\"")));

        mvc.perform(post("/admin/webhooks/{id}/edit", id).with(admin).with(csrf()).param("url", moved.url())
                        .param("events", "RESPONSE_RECORDED", "CASE_OPENED").param("active", "true"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/webhooks?endpoint=" + id));

        var changed = webhooks.get(id);
        assertThat(changed.url()).isEqualTo(moved.url());
        assertThat(changed.events()).containsExactlyInAnyOrder(WebhookEvent.RESPONSE_RECORDED, WebhookEvent.CASE_OPENED);
        assertThat(changed.active()).isTrue();
        assertThat(changed.name()).isEqualTo(endpoint.endpoint().name());
        answer(9);
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(first.received()).isEmpty();
        assertThat(moved.accepted()).hasSize(1);
        assertThat(moved.accepted().getFirst().header("X-CxLoop-Signature")).as("the secret stays")
                .startsWith("sha256=").doesNotContain(",");

        // Unticked "send deliveries": the endpoint hears nothing until it is switched on again.
        mvc.perform(post("/admin/webhooks/{id}/edit", id).with(admin).with(csrf()).param("url", moved.url())
                        .param("events", "RESPONSE_RECORDED"))
                .andExpect(status().is3xxRedirection());
        assertThat(webhooks.get(id).active()).isFalse();
        mvc.perform(get("/admin/webhooks").with(admin)).andExpect(content().string(containsString(">Paused<")));
        answer(10);
        assertThat(webhooks.deliveries(id)).hasSize(1);
        assertThat(sender.sendDue()).isZero();
        assertThat(moved.received()).hasSize(1);
    }

    @Test
    void deliveriesQueuedBeforeAPauseWaitAndGoOutWhenTheEndpointIsOnAgain() throws Exception {
        var id = register().endpoint().id();
        answer(8);
        mvc.perform(post("/admin/webhooks/{id}/edit", id).with(admin).with(csrf()).param("url", first.url())
                .param("events", "RESPONSE_RECORDED")).andExpect(status().is3xxRedirection());

        assertThat(sender.sendDue()).isZero();
        assertThat(first.received()).isEmpty();

        mvc.perform(post("/admin/webhooks/{id}/edit", id).with(admin).with(csrf()).param("url", first.url())
                .param("events", "RESPONSE_RECORDED").param("active", "true")).andExpect(status().is3xxRedirection());
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(first.accepted()).hasSize(1);
    }

    @Test
    void anEditedUrlIsCheckedLikeANewOneAndErrorsComeBackNextToTheirFields() throws Exception {
        var id = register().endpoint().id();

        mvc.perform(post("/admin/webhooks/{id}/edit", id).with(admin).with(csrf()).param("url", "http://169.254.169.254/latest/meta-data")
                        .param("events", "RESPONSE_RECORDED").param("active", "true"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("editForm", "url", "webhook.url.linkLocal"))
                .andExpect(content().string(containsString("id=\"edit-url-error\"")))
                .andExpect(content().string(containsString("Link-local addresses (such as 169.254.169.254) cannot receive webhooks.")));
        mvc.perform(post("/admin/webhooks/{id}/edit", id).with(admin).with(csrf()).param("url", "file:///etc/passwd")
                        .param("active", "true"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("editForm", "url", "webhook.url.scheme"))
                .andExpect(model().attributeHasFieldErrorCode("editForm", "events", "webhook.events.required"))
                .andExpect(content().string(containsString("id=\"edit-events-error\"")));
        mvc.perform(post("/admin/webhooks/{id}/edit", id).with(admin).with(csrf()).param("url", first.url())
                        .param("events", "NOT_AN_EVENT"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("editForm", "events", "webhook.events.unknown"));

        var unchanged = webhooks.get(id);
        assertThat(unchanged.url()).isEqualTo(first.url());
        assertThat(unchanged.events()).containsExactly(WebhookEvent.RESPONSE_RECORDED);
        assertThat(unchanged.active()).isTrue();
    }

    @Test
    void editingAnEndpointThatDoesNotExistAnswersNotFound() throws Exception {
        mvc.perform(post("/admin/webhooks/{id}/edit", 987_654_321L).with(admin).with(csrf()).param("url", first.url())
                .param("events", "RESPONSE_RECORDED")).andExpect(status().isNotFound());
    }

    private IssuedWebhook register() {
        return webhooks.register(new NewWebhook("Editable " + suffix, first.url(), null,
                Set.of(WebhookEvent.RESPONSE_RECORDED), WebhookFormat.JSON), "tests");
    }

    private void answer(int score) throws Exception {
        var body = json.writeValueAsString(json.createObjectNode().put("customerExternalId", "c-" + suffix)
                .put("touchpoint", "desk-" + suffix).put("surveyType", "NPS").put("score", score)
                .put("respondedAt", clock.instant().toString()));
        mvc.perform(post("/api/v1/responses").header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());
    }
}
