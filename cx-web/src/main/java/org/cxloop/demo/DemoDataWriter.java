package org.cxloop.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.stage.StageDetails;
import org.cxloop.core.touchpoint.TouchpointDetails;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.survey.response.ResponseSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a demo data set in one transaction: the journey and the survey library through the services; customers,
 * interactions, survey responses and feedback from other channels in JDBC batches (their texts are analysed by the
 * comment backfill), since tens of thousands of rows one {@code save()} at a time would take minutes; and then the
 * last two weeks' follow-up cases ({@link DemoCases}).
 */
@Component
class DemoDataWriter {

    private static final int BATCH_SIZE = 1000;

    private final JourneyStages stages;
    private final Touchpoints touchpoints;
    private final DemoJourneyMap journeyMap;
    private final DemoSurveys surveys;
    private final DemoCases cases;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoDataWriter(JourneyStages stages, Touchpoints touchpoints, DemoJourneyMap journeyMap, DemoSurveys surveys,
            DemoCases cases, JdbcTemplate jdbc, Clock clock) {
        this.stages = stages;
        this.touchpoints = touchpoints;
        this.journeyMap = journeyMap;
        this.surveys = surveys;
        this.cases = cases;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void write(DemoDataSet data) {
        var now = timestamp(clock.instant());
        data.stages().forEach(stage -> stages.save(stage.code(), new StageDetails(stage.name(), stage.position())));
        var touchpointIds = new HashMap<String, Long>();
        for (var touchpoint : data.touchpoints()) {
            touchpoints.save(touchpoint.code(), new TouchpointDetails(touchpoint.name(), touchpoint.channel(), touchpoint.stage()));
            touchpointIds.put(touchpoint.code(), touchpoints.get(touchpoint.code()).id());
        }
        journeyMap.draw();
        jdbc.batchUpdate("""
                insert into customer (external_id, name, email, locale, segment, customer_since, churned_at,
                                      marketing_consent, survey_opt_out, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", data.customers(), BATCH_SIZE, (statement, customer) -> {
            statement.setString(1, customer.externalId());
            statement.setString(2, customer.name());
            statement.setString(3, customer.email());
            statement.setString(4, customer.locale());
            statement.setString(5, customer.segment());
            statement.setObject(6, customer.customerSince());
            statement.setObject(7, customer.churnedAt());
            statement.setBoolean(8, customer.marketingConsent());
            statement.setBoolean(9, customer.surveyOptOut());
            statement.setObject(10, now);
            statement.setObject(11, now);
        });
        var customerIds = customerIds();
        jdbc.batchUpdate("""
                insert into interaction (customer_id, touchpoint_id, occurred_at, resolved_on_first_contact, resolved_at)
                values (?, ?, ?, ?, ?)""", data.interactions(), BATCH_SIZE, (statement, interaction) -> {
            statement.setLong(1, customerIds.get(interaction.customer()));
            statement.setLong(2, touchpointIds.get(interaction.touchpoint()));
            statement.setObject(3, timestamp(interaction.occurredAt()));
            statement.setBoolean(4, interaction.resolvedOnFirstContact());
            statement.setObject(5, timestamp(interaction.resolvedAt()));
        });
        jdbc.batchUpdate("""
                insert into survey_response (customer_id, touchpoint_id, survey_type, score, comment, responded_at,
                                             source, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", data.responses(), BATCH_SIZE, (statement, response) -> {
            statement.setLong(1, customerIds.get(response.customer()));
            statement.setLong(2, touchpointIds.get(response.touchpoint()));
            statement.setString(3, response.type().name());
            statement.setInt(4, response.score());
            statement.setString(5, response.comment());
            statement.setObject(6, timestamp(response.respondedAt()));
            statement.setString(7, ResponseSource.DEMO.name());
            statement.setObject(8, now);
        });
        jdbc.batchUpdate("""
                insert into external_feedback (kind, channel, customer_id, touchpoint_id, rating, rating_scale, text,
                                               occurred_at, author, link, external_ref, origin, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DEMO', ?)""", data.feedback(), BATCH_SIZE, (statement, feedback) -> {
            statement.setString(1, feedback.kind());
            statement.setString(2, feedback.channel());
            statement.setObject(3, feedback.customer() == null ? null : customerIds.get(feedback.customer()));
            statement.setObject(4, feedback.touchpoint() == null ? null : touchpointIds.get(feedback.touchpoint()));
            statement.setObject(5, feedback.rating());
            statement.setObject(6, feedback.ratingScale());
            statement.setString(7, feedback.text());
            statement.setObject(8, timestamp(feedback.occurredAt()));
            statement.setString(9, feedback.author());
            statement.setString(10, feedback.link());
            statement.setString(11, feedback.externalRef());
            statement.setObject(12, now);
        });
        surveys.write();
        cases.write(DemoDataLoader.SEED);
    }

    private Map<String, Long> customerIds() {
        var ids = new HashMap<String, Long>();
        jdbc.query("select id, external_id from customer where external_id like 'DEMO-%'",
                (RowCallbackHandler) row -> ids.put(row.getString("external_id"), row.getLong("id")));
        return ids;
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
