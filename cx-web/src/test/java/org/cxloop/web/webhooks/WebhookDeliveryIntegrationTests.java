package org.cxloop.web.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.cxloop.core.Channel;
import org.cxloop.core.apikey.ApiKeys;
import org.cxloop.core.customer.CustomerDetails;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.stage.StageDetails;
import org.cxloop.core.touchpoint.TouchpointDetails;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.survey.followup.OverdueCases;
import org.cxloop.survey.imports.ImportKind;
import org.cxloop.survey.privacy.CustomerPrivacy;
import org.cxloop.survey.imports.Imports;
import org.cxloop.survey.response.NewResponse;
import org.cxloop.survey.response.ResponseSource;
import org.cxloop.survey.response.Responses;
import org.cxloop.survey.response.SurveyType;
import org.cxloop.survey.webhook.DeliveryStatus;
import org.cxloop.survey.webhook.DeliveryView;
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
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks on PostgreSQL against a real HTTP server in the test JVM: deliveries are written with the event, signed,
 * retried with backoff while the receiver is down, delivered exactly once when it is back, and given up on after the
 * last attempt. The sender is run by hand and the clock moved by hand, so backoff is exact.
 */
@PostgresIntegrationTest
@Import(WebhookDeliveryIntegrationTests.Clocks.class)
@TestPropertySource(properties = {"cx.public-url=https://cx.example.com", "cx.webhooks.max-attempts=4"})
class WebhookDeliveryIntegrationTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    @Autowired MockMvc mvc;
    @Autowired ApiKeys apiKeys;
    @Autowired JourneyStages stages;
    @Autowired Touchpoints touchpoints;
    @Autowired Customers customers;
    @Autowired Responses responses;
    @Autowired Imports imports;
    @Autowired OverdueCases overdueCases;
    @Autowired CustomerPrivacy privacy;
    @Autowired Webhooks webhooks;
    @Autowired WebhookSender sender;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired TestClock clock;

    final JsonMapper json = JsonMapper.builder().build();
    final WebhookReceiver receiver = new WebhookReceiver();
    String bearer;
    String suffix;

    @BeforeEach
    void journeyAndCustomer() {
        // Endpoints are installation-wide: start each test with none, so only this test's deliveries exist.
        jdbc.sql("delete from webhook_endpoint").update();
        bearer = "Bearer " + apiKeys.issue("webhooks", "tests").secret();
        suffix = UUID.randomUUID().toString().substring(0, 8);
        stages.save("desk-" + suffix, new StageDetails("Desk", 3));
        touchpoints.save("desk-" + suffix, new TouchpointDetails("Front desk", Channel.STORE, "desk-" + suffix));
        customers.save("c-" + suffix, new CustomerDetails("Lucía " + suffix, null, "es", null,
                LocalDate.now().minusYears(1), null, false, false));
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
        jdbc.sql("delete from webhook_endpoint").update();
    }

    @Test
    void anAnswerAndItsCaseArriveAsJsonWhoseSignatureVerifiesWithTheSecret() throws Exception {
        var endpoint = register(WebhookFormat.JSON, WebhookEvent.RESPONSE_RECORDED, WebhookEvent.CASE_OPENED);
        var responseId = answer(3, "Waited \"forty\" minutes <b>");

        assertThat(deliveries()).as("written with the answer, nothing sent yet").hasSize(2)
                .allSatisfy(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING));
        assertThat(receiver.received()).isEmpty();
        assertThat(sender.sendDue()).isEqualTo(2);

        var got = receiver.accepted();
        assertThat(got).hasSize(2);
        for (var request : got) {
            var timestamp = request.header("X-CxLoop-Timestamp");
            assertThat(Long.parseLong(timestamp)).isEqualTo(clock.instant().getEpochSecond());
            assertThat(request.header("X-CxLoop-Signature"))
                    .isEqualTo("sha256=" + hmacSha256(endpoint.secret(), timestamp + "." + request.body()));
            assertThat(request.header("X-CxLoop-Signature"))
                    .isNotEqualTo("sha256=" + hmacSha256(endpoint.secret(), timestamp + "." + request.body() + " "));
            assertThat(request.header("Content-Type")).isEqualTo("application/json");
            var body = json.readTree(request.body());
            assertThat(request.header("X-CxLoop-Event")).isEqualTo(body.get("type").asString());
            assertThat(request.header("X-CxLoop-Event-Id")).isEqualTo(body.get("id").asString());
        }
        var byType = got.stream().map(r -> json.readTree(r.body()))
                .collect(Collectors.toMap(b -> b.get("type").asString(), Function.identity()));
        var recorded = byType.get("response.recorded").get("data");
        assertThat(recorded.get("responseId").asLong()).isEqualTo(responseId);
        assertThat(recorded.get("customer").asString()).isEqualTo("c-" + suffix);
        assertThat(recorded.get("touchpoint").asString()).isEqualTo("desk-" + suffix);
        assertThat(recorded.get("score").asInt()).isEqualTo(3);
        assertThat(recorded.get("comment").asString()).isEqualTo("Waited \"forty\" minutes <b>");
        var opened = byType.get("case.opened").get("data");
        var caseId = jdbc.sql("select id from follow_up_case where response_id = :id").param("id", responseId)
                .query(Long.class).single();
        assertThat(opened.get("caseId").asLong()).isEqualTo(caseId);
        assertThat(opened.get("url").asString()).isEqualTo("https://cx.example.com/cases/" + caseId);
        assertThat(deliveries()).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.DELIVERED);
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.lastStatusCode()).isEqualTo(200);
            assertThat(d.nextAttemptAt()).isNull();
        });
        assertThat(sender.sendDue()).as("nothing is sent twice").isZero();
        assertThat(receiver.received()).hasSize(2);
    }

    @Test
    void aReceiverDownForAWhileGetsEveryDeliveryExactlyOnceAfterRetries() throws Exception {
        register(WebhookFormat.JSON, WebhookEvent.RESPONSE_RECORDED);
        receiver.down();
        for (var score = 5; score <= 9; score++) {
            answer(score, null);
        }

        assertThat(sender.sendDue()).isZero();
        assertThat(deliveries()).hasSize(5).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.lastError()).containsIgnoringCase("connect");
            assertThat(d.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(30));
        });
        assertThat(sender.sendDue()).as("nothing is due before the backoff").isZero();
        assertThat(deliveries()).allSatisfy(d -> assertThat(d.attempts()).isEqualTo(1));

        clock.advance(Duration.ofSeconds(30));
        receiver.up();
        receiver.answer(503);
        assertThat(sender.sendDue()).isZero();
        assertThat(deliveries()).allSatisfy(d -> {
            assertThat(d.attempts()).isEqualTo(2);
            assertThat(d.lastStatusCode()).isEqualTo(503);
            assertThat(d.nextAttemptAt()).as("the wait doubles").isEqualTo(clock.instant().plusSeconds(60));
        });

        receiver.answer(200);
        clock.advance(Duration.ofSeconds(59));
        assertThat(sender.sendDue()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(sender.sendDue()).isEqualTo(5);
        clock.advance(Duration.ofHours(2));
        assertThat(sender.sendDue()).isZero();

        var eventIds = receiver.accepted().stream().map(r -> r.header("X-CxLoop-Event-Id")).toList();
        assertThat(eventIds).hasSize(5).doesNotHaveDuplicates();
        var scores = receiver.accepted().stream().map(r -> json.readTree(r.body()).get("data").get("score").asInt()).toList();
        assertThat(scores).containsExactlyInAnyOrder(5, 6, 7, 8, 9);
        assertThat(deliveries()).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.DELIVERED);
            assertThat(d.attempts()).isEqualTo(3);
        });
    }

    @Test
    void givesUpAfterTheLastAttemptAndSendAgainDeliversTheSameEvent() throws Exception {
        register(WebhookFormat.JSON, WebhookEvent.RESPONSE_RECORDED);
        receiver.answer(500);
        answer(10, null);

        for (var attempt = 1; attempt <= 4; attempt++) {
            assertThat(sender.sendDue()).isZero();
            clock.advance(Duration.ofHours(1));
        }
        var failed = deliveries().getFirst();
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(4);
        assertThat(failed.lastError()).isEqualTo("The endpoint answered HTTP 500.");
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(sender.sendDue()).isZero();
        assertThat(receiver.received()).hasSize(4);

        receiver.answer(204);
        webhooks.sendAgain(failed.id());
        assertThat(sender.sendDue()).isEqualTo(1);
        var delivered = webhooks.delivery(failed.id());
        assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivered.lastStatusCode()).isEqualTo(204);
        assertThat(delivered.lastError()).isNull();
        assertThat(receiver.accepted()).singleElement()
                .satisfies(r -> assertThat(r.header("X-CxLoop-Event-Id")).isEqualTo(failed.eventId()));
    }

    @Test
    void aDetractorAlertReachesASlackEndpointAsValidJsonWithTheCommentEscaped() throws Exception {
        register(WebhookFormat.SLACK, WebhookEvent.CASE_OPENED);
        var responseId = answer(1, "<!here> refund me & <https://evil.example|click>");
        var caseId = jdbc.sql("select id from follow_up_case where response_id = :id").param("id", responseId)
                .query(Long.class).single();

        assertThat(sender.sendDue()).isEqualTo(1);

        JsonNode message = json.readTree(receiver.accepted().getFirst().body());
        assertThat(message.get("text").asString()).isEqualTo("Detractor alert: NPS 1 at Front desk");
        var blocks = message.get("blocks");
        assertThat(blocks.get(0).get("text").get("text").asString()).contains("NPS *1*", "*Front desk*", "c-" + suffix);
        assertThat(blocks.get(1).get("text").get("text").asString())
                .isEqualTo("> &lt;!here&gt; refund me &amp; &lt;https://evil.example|click&gt;");
        assertThat(blocks.get(2).get("elements").get(0).get("url").asString())
                .isEqualTo("https://cx.example.com/cases/" + caseId);
    }

    @Test
    void anOverdueCaseIsAnnouncedOnceAndAFinishedImportIsReportedButImportedRowsAreNot() throws Exception {
        register(WebhookFormat.JSON, WebhookEvent.CASE_OVERDUE, WebhookEvent.IMPORT_FINISHED, WebhookEvent.RESPONSE_RECORDED);
        var responseId = answer(2, null);
        var caseId = jdbc.sql("select id from follow_up_case where response_id = :id").param("id", responseId)
                .query(Long.class).single();
        jdbc.sql("delete from webhook_delivery").update();
        // Other tests' cases share the database: only this one is left to announce.
        jdbc.sql("update follow_up_case set overdue_announced_at = due_at where id <> :id").param("id", caseId).update();

        overdueCases.announce();
        assertThat(deliveries()).as("not overdue yet").isEmpty();
        clock.advance(Duration.ofHours(49));
        overdueCases.announce();
        overdueCases.announce();
        var overdue = deliveries().stream().filter(d -> d.event() == WebhookEvent.CASE_OVERDUE).toList();
        assertThat(sender.sendDue()).isEqualTo(overdue.size());
        var announcedForThisCase = receiver.accepted().stream().map(r -> json.readTree(r.body()))
                .filter(b -> b.get("data").get("caseId").asLong() == caseId).toList();
        assertThat(announcedForThisCase).singleElement().satisfies(b -> {
            assertThat(b.get("type").asString()).isEqualTo("case.overdue");
            assertThat(b.get("data").get("overdue").asBoolean()).isTrue();
        });

        var csv = """
                customer_external_id,touchpoint,survey_type,score,comment,responded_at
                c-%1$s,desk-%1$s,NPS,0,Old,2026-02-01
                nobody-%1$s,desk-%1$s,NPS,9,,2026-02-02
                """.formatted(suffix);
        var upload = imports.receive(ImportKind.RESPONSES, "history.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "tests");
        var deadline = Instant.now().plusSeconds(30);
        while (!imports.get(upload.id()).status().finished() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        sender.sendDue();
        var reports = receiver.accepted().stream().map(r -> json.readTree(r.body()))
                .filter(b -> !b.get("type").asString().equals("case.overdue")).toList();
        assertThat(reports).as("history rows are no news; the import's end is").singleElement().satisfies(b -> {
            assertThat(b.get("type").asString()).isEqualTo("import.finished");
            assertThat(b.get("data").get("importId").asLong()).isEqualTo(upload.id());
            assertThat(b.get("data").get("status").asString()).isEqualTo("DONE");
            assertThat(b.get("data").get("accepted").asLong()).isEqualTo(1);
            assertThat(b.get("data").get("rejected").asLong()).isEqualTo(1);
        });
    }

    @Test
    void anAnswerThatRollsBackLeavesNoDeliveryBehind() {
        register(WebhookFormat.JSON, WebhookEvent.RESPONSE_RECORDED, WebhookEvent.CASE_OPENED);

        transactions.executeWithoutResult(tx -> {
            responses.record(new NewResponse("c-" + suffix, "desk-" + suffix, SurveyType.NPS, 0, "Rolled back",
                    clock.instant(), null), ResponseSource.API);
            assertThat(deliveries()).as("inside the answer's transaction").hasSize(2);
            tx.setRollbackOnly();
        });

        assertThat(deliveries()).isEmpty();
        assertThat(jdbc.sql("select count(*) from survey_response where comment = 'Rolled back'").query(Long.class).single())
                .isZero();
    }

    @Test
    void erasingACustomerDeletesEveryDeliveryAboutThemSentOrNot() throws Exception {
        register(WebhookFormat.JSON, WebhookEvent.RESPONSE_RECORDED, WebhookEvent.CASE_OPENED);
        answer(4, "My phone number is 555-0100");
        assertThat(sender.sendDue()).isEqualTo(2);
        answer(9, null);
        assertThat(deliveries()).hasSize(3);

        privacy.erase("c-" + suffix);

        assertThat(deliveries()).isEmpty();
    }

    @Test
    void theLogForgetsOldDeliveredAndFailedDeliveriesButNeverWaitingOnes() throws Exception {
        register(WebhookFormat.JSON, WebhookEvent.RESPONSE_RECORDED);
        answer(8, null);
        assertThat(sender.sendDue()).isEqualTo(1);
        receiver.down();
        answer(7, null);
        sender.sendDue();

        clock.advance(Duration.ofDays(31));
        assertThat(webhooks.forgetDeliveriesOlderThan(Duration.ofDays(30))).isEqualTo(1);

        assertThat(deliveries()).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(d.lastError()).startsWith("Could not connect");
        });
    }

    private IssuedWebhook register(WebhookFormat format, WebhookEvent... events) {
        return webhooks.register(new NewWebhook("Receiver " + suffix, receiver.url(), null, Set.of(events), format), "tests");
    }

    private long answer(int score, String comment) throws Exception {
        var body = json.writeValueAsString(json.createObjectNode().put("customerExternalId", "c-" + suffix)
                .put("touchpoint", "desk-" + suffix).put("surveyType", "NPS").put("score", score).put("comment", comment)
                .put("respondedAt", clock.instant().toString()));
        var response = mvc.perform(post("/api/v1/responses").header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asLong();
    }

    private List<DeliveryView> deliveries() {
        return webhooks.deliveries(null);
    }

    private static String hmacSha256(String secret, String message) throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }
}
