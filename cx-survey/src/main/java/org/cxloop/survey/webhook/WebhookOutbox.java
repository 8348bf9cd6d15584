package org.cxloop.survey.webhook;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.cxloop.core.settings.SettingsSnapshots;
import org.cxloop.survey.followup.CaseOpened;
import org.cxloop.survey.followup.CaseOverdue;
import org.cxloop.survey.followup.CaseView;
import org.cxloop.survey.followup.FollowUpCases;
import org.cxloop.survey.imports.ImportFinished;
import org.cxloop.survey.imports.Imports;
import org.cxloop.survey.response.ResponseRecorded;
import org.cxloop.survey.response.ResponseSource;
import org.cxloop.survey.response.Responses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The transactional outbox: hears each event inside the transaction that caused it (the listeners join it) and writes
 * one delivery row per subscribed endpoint there, so the delivery commits or rolls back with the answer, case or
 * import it reports.
 * Nothing is sent here; the {@link WebhookSender} does that later, outside any request. Each row keeps the customer
 * it is about, so erasing the customer deletes it. History imports and demo
 * data record no {@code response.recorded} deliveries (they are not news).
 */
@Component
class WebhookOutbox {

    private final JdbcClient jdbc;
    private final Responses responses;
    private final FollowUpCases cases;
    private final Imports imports;
    private final JsonMapper json = JsonMapper.builder().build();
    private final SlackMessages slack = new SlackMessages(json);
    private final Clock clock;
    private final String publicUrl;
    private final SettingsSnapshots settings;

    /** An active endpoint subscribed to an event. */
    private record Subscribed(long id, WebhookFormat format) {
    }

    WebhookOutbox(JdbcClient jdbc, Responses responses, FollowUpCases cases, Imports imports, Clock clock,
            @Value("${cx.public-url:http://localhost:8080}") String publicUrl, SettingsSnapshots settings) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.responses = responses;
        this.cases = cases;
        this.imports = imports;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @EventListener
    @Transactional
    public void on(ResponseRecorded recorded) {
        if (recorded.source() == ResponseSource.IMPORT || recorded.source() == ResponseSource.DEMO) {
            return;
        }
        queue(WebhookEvent.RESPONSE_RECORDED, recorded.customerId(), format -> {
            var r = responses.get(recorded.responseId());
            if (format == WebhookFormat.SLACK) {
                return slack.line("New " + r.surveyType() + " answer: " + r.score() + " at " + r.touchpoint()
                        + (r.comment() == null ? "" : ": " + r.comment()), null);
            }
            var data = json.createObjectNode().put("responseId", r.id()).put("customer", r.customer())
                    .put("touchpoint", r.touchpoint()).put("surveyType", r.surveyType().name()).put("score", r.score())
                    .put("comment", r.comment()).put("respondedAt", r.respondedAt().toString())
                    .put("source", r.source().name());
            data.put("campaignId", recorded.campaignId());
            return data;
        });
    }

    @EventListener
    @Transactional
    public void on(CaseOpened opened) {
        queue(WebhookEvent.CASE_OPENED, customerOf(opened.caseId()), format -> {
            var c = cases.get(opened.caseId());
            return format == WebhookFormat.SLACK ? slack.caseOpened(c, caseUrl(c.id())) : caseData(c);
        });
    }

    @EventListener
    @Transactional
    public void on(CaseOverdue overdue) {
        queue(WebhookEvent.CASE_OVERDUE, customerOf(overdue.caseId()), format -> {
            var c = cases.get(overdue.caseId());
            return format == WebhookFormat.SLACK
                    ? slack.line("Case #" + c.id() + " is overdue: " + c.scoreLabel()
                            + (c.touchpointName() == null ? "" : " at " + c.touchpointName()) + ", first contact was due "
                            + c.dueAt(), caseUrl(c.id()))
                    : caseData(c);
        });
    }

    @EventListener
    @Transactional
    public void on(ImportFinished finished) {
        queue(WebhookEvent.IMPORT_FINISHED, null, format -> {
            var i = imports.get(finished.importId());
            var url = publicUrl + "/admin/imports/" + i.id();
            if (format == WebhookFormat.SLACK) {
                return slack.line("Import #" + i.id() + " (" + i.fileName() + ") " + i.status() + ": " + i.accepted()
                        + " rows accepted, " + i.rejected() + " rejected", url);
            }
            return json.createObjectNode().put("importId", i.id()).put("kind", i.kind().name())
                    .put("status", i.status().name()).put("fileName", i.fileName()).put("accepted", i.accepted())
                    .put("rejected", i.rejected()).put("error", i.error())
                    .put("finishedAt", i.finishedAt() == null ? null : i.finishedAt().toString()).put("url", url);
        });
    }

    /**
     * Writes a delivery for each switched-on endpoint subscribed to the event (a paused one hears nothing). The body builder returns either a finished
     * Slack message or the {@code data} object that goes into CX Loop's envelope; it runs only if someone listens.
     */
    private void queue(WebhookEvent event, Long customerId, Function<WebhookFormat, Object> body) {
        List<Subscribed> endpoints = settings.get("webhooks:" + event.name(), () -> jdbc.sql("""
                        select e.id, e.format from webhook_endpoint e join webhook_subscription s on s.endpoint_id = e.id
                        where s.event_type = :event and e.active order by e.id""")
                .param("event", event.name())
                .query((rs, n) -> new Subscribed(rs.getLong("id"), WebhookFormat.valueOf(rs.getString("format"))))
                .list());
        if (endpoints.isEmpty()) {
            return;
        }
        var eventId = UUID.randomUUID().toString();
        var now = clock.instant();
        for (var endpoint : endpoints) {
            var format = endpoint.format();
            var built = body.apply(format);
            var payload = built instanceof ObjectNode data
                    ? json.writeValueAsString(json.createObjectNode().put("id", eventId).put("type", event.wireName())
                            .put("occurredAt", now.toString()).set("data", data))
                    : (String) built;
            jdbc.sql("""
                            insert into webhook_delivery (endpoint_id, event_id, event_type, customer_id, payload, status,
                                attempts, next_attempt_at, created_at)
                            values (:endpoint, :eventId, :event, :customer, :payload, 'PENDING', 0, :now, :now)""")
                    .param("endpoint", endpoint.id()).param("eventId", eventId).param("event", event.name())
                    .param("customer", customerId)
                    .param("payload", payload).param("now", Timestamp.from(now)).update();
        }
    }

    private ObjectNode caseData(CaseView c) {
        return json.createObjectNode().put("caseId", c.id()).put("status", c.status().name())
                .put("customer", c.customerExternalId()).put("touchpoint", c.touchpointName())
                .put("campaign", c.campaignName()).put("surveyType", c.surveyType() == null ? null : c.surveyType().name())
                .put("score", c.score()).put("source", c.fromFeedback() ? "FEEDBACK" : "SURVEY")
                .put("feedbackKind", c.feedbackKind() == null ? null : c.feedbackKind().name())
                .put("ratingScale", c.ratingScale())
                .put("comment", c.comment()).put("rule", c.ruleName()).put("owner", c.ownerName())
                .put("openedAt", c.openedAt().toString()).put("dueAt", c.dueAt().toString())
                .put("overdue", c.overdue()).put("url", caseUrl(c.id()));
    }

    private Long customerOf(long caseId) {
        return jdbc.sql("select customer_id from follow_up_case where id = :id").param("id", caseId).query(Long.class).single();
    }

    private String caseUrl(long caseId) {
        return publicUrl + "/cases/" + caseId;
    }
}
