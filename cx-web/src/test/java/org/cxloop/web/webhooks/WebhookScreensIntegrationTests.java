package org.cxloop.web.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.cxloop.core.Channel;
import org.cxloop.core.audit.AuditLog;
import org.cxloop.core.audit.AuditQuery;
import org.cxloop.core.customer.CustomerDetails;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.stage.StageDetails;
import org.cxloop.core.touchpoint.TouchpointDetails;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.survey.response.NewResponse;
import org.cxloop.survey.response.ResponseSource;
import org.cxloop.survey.response.Responses;
import org.cxloop.survey.response.SurveyType;
import org.cxloop.survey.webhook.DeliveryStatus;
import org.cxloop.survey.webhook.IssuedWebhook;
import org.cxloop.survey.webhook.NewWebhook;
import org.cxloop.survey.webhook.WebhookEvent;
import org.cxloop.survey.webhook.WebhookFormat;
import org.cxloop.survey.webhook.Webhooks;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The admin screen for webhooks: register with the secret shown once, errors next to their fields, send again. */
@PostgresIntegrationTest
class WebhookScreensIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Webhooks webhooks;
    @Autowired AuditLog auditLog;
    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired Customers customers;
    @Autowired Responses responses;
    @Autowired JdbcClient jdbc;

    final RequestPostProcessor admin = user("hooks-admin@example.com").roles("ADMIN");
    String suffix;

    @BeforeEach
    void noEndpoints() {
        jdbc.sql("delete from webhook_endpoint").update();
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void removeEndpoints() {
        jdbc.sql("delete from webhook_endpoint").update();
    }

    @Test
    void registersAnEndpointAndShowsItsGeneratedSecretOnceWithoutLoggingIt() throws Exception {
        var result = mvc.perform(post("/admin/webhooks").with(admin).with(csrf())
                        .param("name", "Ops chat " + suffix).param("url", "https://hooks.example.com/services/T0/B0/x")
                        .param("secret", "").param("events", "CASE_OPENED", "CASE_OVERDUE").param("format", "SLACK"))
                .andExpect(redirectedUrl("/admin/webhooks"))
                .andExpect(flash().attributeExists("issued"))
                .andReturn();
        var issued = (IssuedWebhook) result.getFlashMap().get("issued");
        assertThat(issued.secret()).startsWith("whsec_").hasSizeGreaterThan(40);
        assertThat(issued.endpoint().events()).containsExactlyInAnyOrder(WebhookEvent.CASE_OPENED, WebhookEvent.CASE_OVERDUE);
        assertThat(issued.endpoint().format()).isEqualTo(WebhookFormat.SLACK);

        mvc.perform(get("/admin/webhooks").with(admin).flashAttr("issued", issued))
                .andExpect(content().string(containsString(issued.secret())));
        mvc.perform(get("/admin/webhooks").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ops chat " + suffix)))
                .andExpect(content().string(containsString("https://hooks.example.com/services/T0/B0/x")))
                .andExpect(content().string(not(containsString(issued.secret()))));

        var audit = auditLog.find(new AuditQuery(null, "WebhookAdminController.register", null, null));
        assertThat(audit).isNotEmpty();
        assertThat(audit.getFirst().actor()).isEqualTo("hooks-admin@example.com");
        assertThat(audit.getFirst().detail()).contains("Ops chat " + suffix).doesNotContain("whsec_");
    }

    @Test
    void showsEveryMistakeNextToItsFieldAndNeverEchoesTheSecret() throws Exception {
        var html = mvc.perform(post("/admin/webhooks").with(admin).with(csrf())
                        .param("name", "").param("url", "ftp://files.example.com/drop")
                        .param("secret", "too-short").param("format", "JSON"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "name", "url", "secret", "events"))
                .andReturn().getResponse().getContentAsString();

        assertThat(fieldError(html, "name")).contains("at most 100 characters");
        assertThat(fieldError(html, "url")).isEqualTo("Only http and https addresses can receive webhooks.");
        assertThat(fieldError(html, "secret")).contains("16 to 200 characters");
        assertThat(html).contains("Choose at least one event.").doesNotContain("too-short");
        assertThat(webhooks.list()).isEmpty();

        mvc.perform(post("/admin/webhooks").with(admin).with(csrf()).param("name", "Cloud metadata")
                        .param("url", "http://169.254.169.254/latest/meta-data/").param("events", "IMPORT_FINISHED")
                        .param("format", "JSON"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "url", "webhook.url.linkLocal"));
        mvc.perform(post("/admin/webhooks").with(admin).with(csrf()).param("name", "Odd")
                        .param("url", "https://hooks.example.com/x").param("events", "EVERYTHING").param("format", "XML"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "events", "webhook.events.unknown"))
                .andExpect(model().attributeHasFieldErrorCode("form", "format", "webhook.format.unknown"));
        assertThat(webhooks.list()).isEmpty();
    }

    @Test
    void sendAgainQueuesAFailedDeliveryAndRefusesOneStillWaiting() throws Exception {
        mvc.perform(post("/admin/webhooks").with(admin).with(csrf()).param("name", "CRM " + suffix)
                        .param("url", "http://127.0.0.1:9/hook").param("secret", "a-secret-of-our-own-choosing")
                        .param("events", "RESPONSE_RECORDED").param("format", "JSON"))
                .andExpect(redirectedUrl("/admin/webhooks"));
        stages.save("s-" + suffix, new StageDetails("Stage", 1));
        touchpoints.save("t-" + suffix, new TouchpointDetails("Web", Channel.WEB, "s-" + suffix));
        customers.save("c-" + suffix, new CustomerDetails("C", null, "en", null, LocalDate.now(), null, false, false));
        responses.record(new NewResponse("c-" + suffix, "t-" + suffix, SurveyType.CSAT, 5, null, Instant.now(), null),
                ResponseSource.API);
        var delivery = webhooks.deliveries(null).getFirst();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);

        mvc.perform(post("/admin/webhooks/deliveries/{id}/send-again", delivery.id()).with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/webhooks?endpoint=" + delivery.endpointId()))
                .andExpect(flash().attribute("error", "webhook.delivery.inFlight"));

        jdbc.sql("""
                        update webhook_delivery set status = 'FAILED', attempts = 10, next_attempt_at = null,
                            last_error = 'Could not connect: Connection refused' where id = :id""")
                .param("id", delivery.id()).update();
        mvc.perform(get("/admin/webhooks").param("endpoint", String.valueOf(delivery.endpointId())).with(admin))
                .andExpect(content().string(containsString("Could not connect: Connection refused")))
                .andExpect(content().string(containsString("/admin/webhooks/deliveries/" + delivery.id() + "/send-again")));
        mvc.perform(post("/admin/webhooks/deliveries/{id}/send-again", delivery.id()).with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/webhooks?endpoint=" + delivery.endpointId()))
                .andExpect(flash().attribute("success", "webhooks.queuedAgain"));

        var queued = webhooks.delivery(delivery.id());
        assertThat(queued.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(queued.attempts()).isZero();
        assertThat(queued.nextAttemptAt()).isNotNull();
        assertThat(auditLog.find(new AuditQuery(null, "WebhookAdminController.sendAgain", null, null))).isNotEmpty();
    }

    @Test
    void deletingAnEndpointRemovesItsDeliveriesAndAnUnknownOneIsNotFound() throws Exception {
        var endpoint = webhooks.register(new NewWebhook("Gone " + suffix,
                "https://hooks.example.com/gone", null, Set.of(WebhookEvent.IMPORT_FINISHED), WebhookFormat.JSON),
                "tests").endpoint();

        mvc.perform(post("/admin/webhooks/{id}/delete", endpoint.id()).with(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/webhooks"))
                .andExpect(flash().attribute("success", "webhooks.deleted"));
        assertThat(webhooks.list()).isEmpty();
        mvc.perform(post("/admin/webhooks/{id}/delete", endpoint.id()).with(admin).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/webhooks").param("endpoint", String.valueOf(endpoint.id())).with(admin))
                .andExpect(status().isNotFound());
    }

    @Test
    void managersCannotSeeOrChangeWebhooks() throws Exception {
        var manager = user("hooks-manager@example.com").roles("MANAGER");
        mvc.perform(get("/admin/webhooks").with(manager)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/webhooks").with(manager).with(csrf()).param("name", "x")
                        .param("url", "https://hooks.example.com/x").param("events", "CASE_OPENED").param("format", "JSON"))
                .andExpect(status().isForbidden());
        assertThat(webhooks.list()).isEmpty();
    }

    private static String fieldError(String html, String field) {
        var matcher = Pattern.compile("id=\"" + field + "-error\"[^>]*>([^<]*)<").matcher(html);
        assertThat(matcher.find()).as("an error shown next to " + field).isTrue();
        return matcher.group(1).strip();
    }
}
