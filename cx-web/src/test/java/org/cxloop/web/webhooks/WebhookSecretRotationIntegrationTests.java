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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.cxloop.core.Channel;
import org.cxloop.core.apikey.ApiKeys;
import org.cxloop.core.audit.AuditLog;
import org.cxloop.core.audit.AuditQuery;
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
import org.cxloop.web.layout.Times;
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
 * Rotating an endpoint's signing secret from the admin screen, against a real HTTP receiver: during the overlap
 * window (24 h by default) a delivery carries a signature with each secret, after it only the new one; the clock is
 * moved by hand. Same context as {@link WebhookDeliveryIntegrationTests}.
 */
@PostgresIntegrationTest
@Import(WebhookDeliveryIntegrationTests.Clocks.class)
@TestPropertySource(properties = {"cx.public-url=https://cx.example.com", "cx.webhooks.max-attempts=4"})
class WebhookSecretRotationIntegrationTests {

    static final String OLD_SECRET = "the-old-secret-0123456789";
    static final String NEW_SECRET = "the-new-secret-9876543210";

    @Autowired MockMvc mvc;
    @Autowired ApiKeys apiKeys;
    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired Customers customers;
    @Autowired Webhooks webhooks;
    @Autowired WebhookSender sender;
    @Autowired AuditLog auditLog;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;
    @Autowired Times times;

    final JsonMapper json = JsonMapper.builder().build();
    final WebhookReceiver receiver = new WebhookReceiver();
    RequestPostProcessor admin;
    String adminEmail;
    String bearer;
    String suffix;

    @BeforeEach
    void journeyAndCustomer() {
        jdbc.sql("delete from webhook_endpoint").update();
        bearer = "Bearer " + apiKeys.issue("rotation", "tests").secret();
        suffix = UUID.randomUUID().toString().substring(0, 8);
        adminEmail = "rotating-" + suffix + "@example.com";
        admin = user(adminEmail).roles("ADMIN");
        stages.save("desk-" + suffix, new StageDetails("Desk", 3));
        touchpoints.save("desk-" + suffix, new TouchpointDetails("Front desk", Channel.STORE, "desk-" + suffix));
        customers.save("c-" + suffix, new CustomerDetails("Rosa " + suffix, null, "es", null,
                LocalDate.now().minusYears(1), null, false, false));
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
        jdbc.sql("delete from webhook_endpoint").update();
    }

    @Test
    void afterARotationDeliveriesCarryBothSignaturesUntilTheOverlapEndsThenOnlyTheNewOne() throws Exception {
        var endpoint = register(OLD_SECRET);
        var before = deliverOneAnswer();
        assertThat(before.header("X-CxLoop-Signature")).as("one secret, the single format as before")
                .isEqualTo(signature(OLD_SECRET, before));

        mvc.perform(post("/admin/webhooks/{id}/rotate-secret", endpoint.endpoint().id()).with(admin).with(csrf())
                        .param("secret", NEW_SECRET))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/webhooks?endpoint=" + endpoint.endpoint().id()));

        var during = deliverOneAnswer();
        var header = during.header("X-CxLoop-Signature");
        assertThat(header).isEqualTo(signature(NEW_SECRET, during) + ", " + signature(OLD_SECRET, during));
        assertThat(receiverAccepts(NEW_SECRET, during)).isTrue();
        assertThat(receiverAccepts(OLD_SECRET, during)).as("a receiver still on the old secret keeps working").isTrue();

        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(receiverAccepts(OLD_SECRET, deliverOneAnswer())).as("still inside the window").isTrue();

        clock.advance(Duration.ofSeconds(1));
        var after = deliverOneAnswer();
        assertThat(after.header("X-CxLoop-Signature")).isEqualTo(signature(NEW_SECRET, after));
        assertThat(receiverAccepts(NEW_SECRET, after)).isTrue();
        assertThat(receiverAccepts(OLD_SECRET, after)).as("the window is over").isFalse();
    }

    @Test
    void theCardShowsWhenTheSecretWasRotatedAndUntilWhenThePreviousOneSigns() throws Exception {
        var endpoint = register(OLD_SECRET);
        mvc.perform(get("/admin/webhooks").param("endpoint", String.valueOf(endpoint.endpoint().id())).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Never (the secret set at registration)")));

        var rotated = webhooks.rotateSecret(endpoint.endpoint().id(), NEW_SECRET);

        assertThat(rotated.endpoint().secretRotatedAt()).isEqualTo(clock.instant());
        assertThat(rotated.endpoint().previousSecretUntil()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
        // in the installation's zone (cx.time-zone), as every page shows times, not the server's
        var format = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", java.util.Locale.ENGLISH)
                .withZone(times.zone());
        mvc.perform(get("/admin/webhooks").param("endpoint", String.valueOf(endpoint.endpoint().id())).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(format.format(clock.instant()))))
                .andExpect(content().string(containsString("Deliveries are signed with the previous secret too until "
                        + format.format(clock.instant().plus(Duration.ofHours(24))) + ".")));
    }

    @Test
    void aGeneratedSecretIsShownOnceAndTheAuditEntryHoldsNeitherSecret() throws Exception {
        var endpoint = register(OLD_SECRET);
        var id = endpoint.endpoint().id();

        var result = mvc.perform(post("/admin/webhooks/{id}/rotate-secret", id).with(admin).with(csrf()).param("secret", ""))
                .andExpect(status().is3xxRedirection()).andReturn();
        var issued = (IssuedWebhook) result.getFlashMap().get("rotated");
        assertThat(issued.secret()).startsWith("whsec_").hasSizeGreaterThan(40).isNotEqualTo(OLD_SECRET);
        var page = mvc.perform(get("/admin/webhooks").param("endpoint", String.valueOf(id)).with(admin)
                        .flashAttr("rotated", issued))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(issued.secret()).contains("has a new signing secret");
        assertThat(mvc.perform(get("/admin/webhooks").param("endpoint", String.valueOf(id)).with(admin))
                .andReturn().getResponse().getContentAsString()).doesNotContain(issued.secret());
        mvc.perform(post("/admin/webhooks/{id}/rotate-secret", id).with(admin).with(csrf()).param("secret", NEW_SECRET))
                .andExpect(status().is3xxRedirection());

        var entries = auditLog.find(new AuditQuery(adminEmail, "rotateSecret", null, null));
        assertThat(entries).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("WebhookAdminController.rotateSecret");
            assertThat(entry.target()).isEqualTo("POST /admin/webhooks/" + id + "/rotate-secret");
            assertThat(String.valueOf(entry.detail())).doesNotContain(issued.secret()).doesNotContain(NEW_SECRET)
                    .doesNotContain(OLD_SECRET);
        });
    }

    @Test
    void aTypedSecretOfTheWrongLengthComesBackNextToTheFieldAndChangesNothing() throws Exception {
        var endpoint = register(OLD_SECRET);
        var id = endpoint.endpoint().id();

        for (var typed : List.of("too-short", "x".repeat(201), "sixteen chars\u0007 with a bell")) {
            mvc.perform(post("/admin/webhooks/{id}/rotate-secret", id).with(admin).with(csrf()).param("secret", typed))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrorCode("rotateForm", "secret", "webhook.secret.size"))
                    .andExpect(content().string(containsString("id=\"rotate-secret-error\"")))
                    .andExpect(content().string(containsString("A secret needs 16 to 200 characters")));
        }

        assertThat(webhooks.get(id).secretRotatedAt()).isNull();
        var delivered = deliverOneAnswer();
        assertThat(delivered.header("X-CxLoop-Signature")).isEqualTo(signature(OLD_SECRET, delivered));
        assertThat(auditLog.find(new AuditQuery(adminEmail, "rotateSecret", null, null)))
                .allSatisfy(entry -> assertThat(String.valueOf(entry.detail())).doesNotContain("too-short").doesNotContain("xxxx"));
    }

    @Test
    void rotatingTheSecretOfAnEndpointThatDoesNotExistAnswersNotFound() throws Exception {
        mvc.perform(post("/admin/webhooks/{id}/rotate-secret", 987_654_321L).with(admin).with(csrf()).param("secret", NEW_SECRET))
                .andExpect(status().isNotFound());
    }

    private IssuedWebhook register(String secret) {
        return webhooks.register(new NewWebhook("Rotating " + suffix, receiver.url(), secret,
                Set.of(WebhookEvent.RESPONSE_RECORDED), WebhookFormat.JSON), "tests");
    }

    /** Records an answer through the API, runs the sender, and returns what the receiver got for it. */
    private WebhookReceiver.Received deliverOneAnswer() throws Exception {
        var already = receiver.received().size();
        var body = json.writeValueAsString(json.createObjectNode().put("customerExternalId", "c-" + suffix)
                .put("touchpoint", "desk-" + suffix).put("surveyType", "NPS").put("score", 9)
                .put("respondedAt", clock.instant().toString()));
        mvc.perform(post("/api/v1/responses").header("Authorization", bearer)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());
        assertThat(sender.sendDue()).isEqualTo(1);
        var received = receiver.received();
        assertThat(received).hasSize(already + 1);
        return received.getLast();
    }

    /** What the README tells a receiver to do: accept if any signature in the header matches its secret. */
    private static boolean receiverAccepts(String secret, WebhookReceiver.Received request) throws Exception {
        var expected = signature(secret, request).getBytes(StandardCharsets.US_ASCII);
        return Arrays.stream(request.header("X-CxLoop-Signature").split(","))
                .anyMatch(candidate -> java.security.MessageDigest.isEqual(expected,
                        candidate.strip().getBytes(StandardCharsets.US_ASCII)));
    }

    private static String signature(String secret, WebhookReceiver.Received request) throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        var message = request.header("X-CxLoop-Timestamp") + "." + request.body();
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
