package org.cxloop.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;
import org.cxloop.core.Channel;
import org.cxloop.core.apikey.ApiKeys;
import org.cxloop.core.interaction.InteractionDetails;
import org.cxloop.core.interaction.Interactions;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.stage.StageDetails;
import org.cxloop.core.touchpoint.TouchpointDetails;
import org.cxloop.core.touchpoint.Touchpoints;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Every metrics endpoint on PostgreSQL over a data set worked out by hand. Each test builds its own stages,
 * touchpoints and customers under fresh codes and one segment, and asks for that segment, so other tests' data in
 * the shared schema never counts.
 */
@PostgresIntegrationTest
class MetricsApiIntegrationTests {

    private static final double EXACT = 1e-9;

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiKeys apiKeys;
    @Autowired
    JourneyStages stages;
    @Autowired
    Touchpoints touchpoints;
    @Autowired
    Interactions interactions;

    String bearer;
    String run;
    String segment;
    String signup;
    String hotline;
    StringBuilder customersCsv;
    StringBuilder responsesCsv;

    @BeforeEach
    void loadDataSet() {
        bearer = "Bearer " + apiKeys.issue("metrics tests", "tests").secret();
        run = UUID.randomUUID().toString().substring(0, 8);
        segment = "seg-" + run;
        signup = "signup-" + run;
        hotline = "hotline-" + run;
        stages.save("onboarding-" + run, new StageDetails("Onboarding", 1));
        stages.save("support-" + run, new StageDetails("Support", 2));
        touchpoints.save(signup, new TouchpointDetails("Sign-up", Channel.WEB, "onboarding-" + run));
        touchpoints.save(hotline, new TouchpointDetails("Hotline", Channel.PHONE, "support-" + run));

        // March 2026: S (active on 28 Feb) = c1 c2 c4 c5; L = c2 (churns 1 Mar), c4 (churns 31 Mar);
        // N = c6 c7 (c7 joins and churns in March); E (active on 31 Mar) = c1 c5 c6
        // February 2026: S = c1 c2 c3 c4 c5; L = c3 (churns 28 Feb)
        customersCsv = new StringBuilder("external_id,name,email,locale,segment,customer_since,churned_at\n");
        responsesCsv = new StringBuilder("customer_external_id,touchpoint,survey_type,score,comment,responded_at\n");
        var c1 = customer("c1", "2025-01-10", null);
        customer("c2", "2025-06-01", "2026-03-01");
        customer("c3", "2025-06-01", "2026-02-28");
        customer("c4", "2025-07-01", "2026-03-31");
        customer("c5", "2025-08-01", "2026-04-01");
        customer("c6", "2026-03-01", null);
        customer("c7", "2026-03-10", "2026-03-20");
        customer("c8", "2026-04-01", null);

        answer(c1, signup, "NPS", 10, "2026-03-01T00:00:00Z");
        answer(c1, signup, "NPS", 9, "2026-03-02T09:00:00Z");
        answer(c1, signup, "NPS", 8, "2026-03-09T09:00:00Z");
        answer(c1, signup, "NPS", 7, "2026-03-16T09:00:00Z");
        answer(c1, signup, "NPS", 6, "2026-03-23T09:00:00Z");
        answer(c1, signup, "NPS", 0, "2026-03-31T23:59:59Z");
        answer(c1, hotline, "NPS", 10, "2026-03-03T09:00:00Z");
        answer(c1, hotline, "NPS", 10, "2026-03-10T09:00:00Z");
        answer(c1, hotline, "NPS", 3, "2026-03-17T09:00:00Z");
        answer(c1, signup, "CSAT", 5, "2026-03-04T09:00:00Z");
        answer(c1, signup, "CSAT", 4, "2026-03-05T09:00:00Z");
        answer(c1, signup, "CSAT", 2, "2026-03-06T09:00:00Z");
        answer(c1, hotline, "CSAT", 1, "2026-03-07T09:00:00Z");
        answer(c1, signup, "CES", 7, "2026-03-08T09:00:00Z");
        answer(c1, signup, "CES", 3, "2026-03-09T09:00:00Z");
        answer(c1, hotline, "CES", 5, "2026-03-10T09:00:00Z");
        // February: NPS 0 0 (−100), CSAT 5 5 5 5 (100)
        answer(c1, signup, "NPS", 0, "2026-02-10T09:00:00Z");
        answer(c1, signup, "NPS", 0, "2026-02-28T23:59:59Z");
        for (var day = 1; day <= 4; day++) {
            answer(c1, signup, "CSAT", 5, "2026-02-0" + day + "T09:00:00Z");
        }
        answer(c1, signup, "NPS", 0, "2026-04-01T00:00:00Z");

        // The data set arrives the way a CX team brings history in: through the CSV import API.
        importCsv("/api/v1/imports/customers", customersCsv, 8);
        importCsv("/api/v1/imports/responses", responsesCsv, 23);

        interaction(signup, "2026-03-05T10:00:00Z", true, "2026-03-05T11:00:00Z");
        interaction(signup, "2026-03-06T10:00:00Z", false, "2026-03-07T12:30:00Z");
        interaction(hotline, "2026-03-07T10:00:00Z", false, null);
        interaction(hotline, "2026-04-07T10:00:00Z", true, "2026-04-07T10:10:00Z");
    }

    @Test
    void answersEveryFigureForAPeriodWithItsChange() throws Exception {
        metrics("/api/v1/metrics", "from", "2026-03-01", "to", "2026-03-31", "segment", segment)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period.from").value("2026-03-01"))
                // NPS 10 9 8 7 6 0 10 10 3: 100 × (4 − 3) / 9; margin 1.96 × 100 × √((4/9 + 3/9 − (1/9)²) / 9)
                .andExpect(jsonPath("$.nps.score").value(closeTo(11.11111111111111, EXACT)))
                .andExpect(jsonPath("$.nps.promoters").value(4))
                .andExpect(jsonPath("$.nps.passives").value(2))
                .andExpect(jsonPath("$.nps.detractors").value(3))
                .andExpect(jsonPath("$.nps.responses").value(9))
                .andExpect(jsonPath("$.nps.marginOfError").value(closeTo(57.159464566900546, EXACT)))
                // CSAT 5 4 2 1: 2 of 4; margin 1.96 × 100 × √(0.25 / 4) = 49
                .andExpect(jsonPath("$.csat.score").value(50.0))
                .andExpect(jsonPath("$.csat.satisfied").value(2))
                .andExpect(jsonPath("$.csat.responses").value(4))
                .andExpect(jsonPath("$.csat.marginOfError").value(closeTo(49.0, EXACT)))
                // CES 7 3 5: 15 / 3; easy 2 of 3; sample variance (49 + 9 + 25 − 3 × 5²) / 2 = 4
                .andExpect(jsonPath("$.ces.average").value(5.0))
                .andExpect(jsonPath("$.ces.standardDeviation").value(2.0))
                .andExpect(jsonPath("$.ces.easy").value(closeTo(66.66666666666667, EXACT)))
                .andExpect(jsonPath("$.ces.responses").value(3))
                .andExpect(jsonPath("$.churn.rate").value(50.0))
                .andExpect(jsonPath("$.churn.customersAtStart").value(4))
                .andExpect(jsonPath("$.churn.churned").value(2))
                // c7 joined and left in March: 100 × (E − N still there) / S = 100 × (3 − 1) / 4
                .andExpect(jsonPath("$.retention.rate").value(50.0))
                .andExpect(jsonPath("$.retention.acquired").value(2))
                .andExpect(jsonPath("$.retention.acquiredAndLost").value(1))
                .andExpect(jsonPath("$.retention.customersAtEnd").value(3))
                .andExpect(jsonPath("$.fcr.rate").value(closeTo(33.333333333333336, EXACT)))
                .andExpect(jsonPath("$.fcr.resolvedOnFirstContact").value(1))
                .andExpect(jsonPath("$.fcr.interactions").value(3))
                // resolved after 1 h and 26.5 h
                .andExpect(jsonPath("$.resolutionTime.averageHours").value(13.75))
                .andExpect(jsonPath("$.resolutionTime.resolved").value(2))
                .andExpect(jsonPath("$.changes.previousPeriod.from").value("2026-02-01"))
                .andExpect(jsonPath("$.changes.previousPeriod.to").value("2026-02-28"))
                // −100 -> 11.1: 111.1 > 1.96 × 100 × √(0/2 + 0.7654/9) = 57.16
                .andExpect(jsonPath("$.changes.nps.previous").value(-100.0))
                .andExpect(jsonPath("$.changes.nps.delta").value(closeTo(111.11111111111111, EXACT)))
                .andExpect(jsonPath("$.changes.nps.significant").value(true))
                // 100 -> 50 on 4 answers each: 50 < 1.96 × 100 × √(0.75 × 0.25 × (1/4 + 1/4)) = 60.01
                .andExpect(jsonPath("$.changes.csat.delta").value(-50.0))
                .andExpect(jsonPath("$.changes.csat.significant").value(false))
                .andExpect(jsonPath("$.changes.ces.previous").value(nullValue()))
                .andExpect(jsonPath("$.changes.ces.significant").value(nullValue()))
                // 1/5 -> 2/4: 30 < 1.96 × 100 × √(1/3 × 2/3 × (1/5 + 1/4)) = 61.98
                .andExpect(jsonPath("$.changes.churn.previous").value(20.0))
                .andExpect(jsonPath("$.changes.churn.delta").value(30.0))
                .andExpect(jsonPath("$.changes.churn.significant").value(false))
                .andExpect(jsonPath("$.changes.retention.previous").value(80.0))
                .andExpect(jsonPath("$.changes.retention.delta").value(-30.0))
                .andExpect(jsonPath("$.changes.retention.significant").value(false));
    }

    @Test
    void narrowsSurveyFiguresByTouchpointStageAndChannel() throws Exception {
        metrics("/api/v1/metrics", "from", "2026-03-01", "to", "2026-03-31", "touchpoint", signup)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nps.score").value(0.0))
                .andExpect(jsonPath("$.nps.responses").value(6))
                .andExpect(jsonPath("$.fcr.interactions").value(2));
        metrics("/api/v1/metrics", "from", "2026-03-01", "to", "2026-03-31", "stage", "support-" + run,
                "channel", "PHONE", "segment", segment)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nps.score").value(closeTo(33.333333333333336, EXACT)))
                .andExpect(jsonPath("$.csat.score").value(0.0))
                .andExpect(jsonPath("$.ces.responses").value(1))
                // churn and retention follow the segment only
                .andExpect(jsonPath("$.churn.customersAtStart").value(4));
    }

    @Test
    void answersNullFiguresWithZeroCountsWithoutData() throws Exception {
        metrics("/api/v1/metrics", "from", "2020-01-01", "to", "2020-01-31", "segment", segment)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nps.score").value(nullValue()))
                .andExpect(jsonPath("$.nps.responses").value(0))
                .andExpect(jsonPath("$.nps.marginOfError").value(nullValue()))
                .andExpect(jsonPath("$.csat.score").value(nullValue()))
                .andExpect(jsonPath("$.ces.average").value(nullValue()))
                .andExpect(jsonPath("$.churn.rate").value(nullValue()))
                .andExpect(jsonPath("$.churn.customersAtStart").value(0))
                .andExpect(jsonPath("$.retention.rate").value(nullValue()))
                .andExpect(jsonPath("$.fcr.rate").value(nullValue()))
                .andExpect(jsonPath("$.resolutionTime.averageHours").value(nullValue()))
                .andExpect(jsonPath("$.changes.nps.significant").value(nullValue()));
    }

    @Test
    void breaksSurveyFiguresDownPerTouchpointAndChannel() throws Exception {
        metrics("/api/v1/metrics/breakdown", "by", "touchpoint", "from", "2026-03-01", "to", "2026-03-31", "segment", segment)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.by").value("touchpoint"))
                .andExpect(jsonPath("$.entries[*].key").value(contains(hotline, signup)))
                .andExpect(jsonPath("$.entries[0].nps.score").value(closeTo(33.333333333333336, EXACT)))
                .andExpect(jsonPath("$.entries[0].csat.score").value(0.0))
                .andExpect(jsonPath("$.entries[0].ces.average").value(5.0))
                .andExpect(jsonPath("$.entries[1].nps.score").value(0.0))
                .andExpect(jsonPath("$.entries[1].nps.responses").value(6))
                .andExpect(jsonPath("$.entries[1].csat.score").value(closeTo(66.66666666666667, EXACT)))
                .andExpect(jsonPath("$.entries[1].ces.average").value(5.0));
        metrics("/api/v1/metrics/breakdown", "by", "CHANNEL", "from", "2026-03-01", "to", "2026-03-31", "segment", segment)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[*].key").value(contains("PHONE", "WEB")));
    }

    @Test
    void ranksTheTouchpointsAndStagesThatPullNpsDown() throws Exception {
        // 9 NPS answers; sign-up has 2 detractors of 6 (22.2 points lost), the hotline 1 of 3 (11.1 points)
        metrics("/api/v1/metrics/drivers", "from", "2026-03-01", "to", "2026-03-31", "segment", segment)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.touchpoints[*].key").value(contains(signup, hotline)))
                .andExpect(jsonPath("$.touchpoints[0].detractors").value(2))
                .andExpect(jsonPath("$.touchpoints[0].responses").value(6))
                .andExpect(jsonPath("$.touchpoints[0].detractorShare").value(closeTo(33.333333333333336, EXACT)))
                .andExpect(jsonPath("$.touchpoints[0].impact").value(closeTo(22.22222222222222, EXACT)))
                .andExpect(jsonPath("$.touchpoints[1].impact").value(closeTo(11.11111111111111, EXACT)))
                .andExpect(jsonPath("$.stages[*].key").value(contains("onboarding-" + run, "support-" + run)));
    }

    @Test
    void followsAFigureMonthByMonthAndWeekByWeek() throws Exception {
        metrics("/api/v1/metrics/timeseries", "metric", "nps", "granularity", "month",
                "from", "2026-02-01", "to", "2026-03-31", "segment", segment)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.points", hasSize(2)))
                .andExpect(jsonPath("$.points[0].period").value("2026-02"))
                .andExpect(jsonPath("$.points[0].value").value(-100.0))
                .andExpect(jsonPath("$.points[0].responses").value(2))
                .andExpect(jsonPath("$.points[1].period").value("2026-03"))
                .andExpect(jsonPath("$.points[1].value").value(closeTo(11.11111111111111, EXACT)))
                .andExpect(jsonPath("$.points[1].responses").value(9));
        // Sunday 1 March is the end of week 9; CSAT 5 4 2 1 all fall in week 10
        metrics("/api/v1/metrics/timeseries", "metric", "csat", "granularity", "week",
                "from", "2026-03-01", "to", "2026-03-14", "segment", segment)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.points[*].period").value(contains("2026-W09", "2026-W10", "2026-W11")))
                .andExpect(jsonPath("$.points[0].value").value(nullValue()))
                .andExpect(jsonPath("$.points[0].responses").value(0))
                .andExpect(jsonPath("$.points[1].from").value("2026-03-02"))
                .andExpect(jsonPath("$.points[1].value").value(50.0))
                .andExpect(jsonPath("$.points[1].responses").value(4))
                .andExpect(jsonPath("$.points[2].to").value("2026-03-14"))
                .andExpect(jsonPath("$.points[2].value").value(nullValue()));
        metrics("/api/v1/metrics/timeseries", "metric", "churn", "granularity", "month",
                "from", "2026-02-01", "to", "2026-03-31", "segment", segment)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.points[0].value").value(20.0))
                .andExpect(jsonPath("$.points[0].responses").value(5))
                .andExpect(jsonPath("$.points[1].value").value(50.0))
                .andExpect(jsonPath("$.points[1].responses").value(4));
        // retention: February keeps 4 of 5, March 2 of 4 (c6 joined, c7 came and went: neither counts)
        metrics("/api/v1/metrics/timeseries", "metric", "retention", "granularity", "month",
                "from", "2026-02-01", "to", "2026-03-31", "segment", segment)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.metric").value("retention"))
                .andExpect(jsonPath("$.points[0].value").value(80.0))
                .andExpect(jsonPath("$.points[0].responses").value(5))
                .andExpect(jsonPath("$.points[1].value").value(50.0))
                .andExpect(jsonPath("$.points[1].responses").value(4));
    }

    @Test
    void answersUpToTwoHundredPointsInASeries() throws Exception {
        // 200 ISO weeks from Monday 3 January 2022 to Sunday 2 November 2025
        metrics("/api/v1/metrics/timeseries", "metric", "churn", "granularity", "week",
                "from", "2022-01-03", "to", "2025-11-02", "segment", segment)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.points", hasSize(200)))
                .andExpect(jsonPath("$.points[0].value").value(nullValue()))
                .andExpect(jsonPath("$.points[0].responses").value(0))
                // active on 26 October 2025: c1 to c5, none of whom leaves that week
                .andExpect(jsonPath("$.points[199].period").value("2025-W44"))
                .andExpect(jsonPath("$.points[199].value").value(0.0))
                .andExpect(jsonPath("$.points[199].responses").value(5));
        problem("/api/v1/metrics/timeseries", "metric", "churn", "granularity", "week",
                "from", "2022-01-03", "to", "2025-11-03", "segment", segment)
                .andExpect(jsonPath("$.field").value("granularity"))
                .andExpect(jsonPath("$.detail", containsString("201")));
        metrics("/api/v1/metrics/timeseries", "metric", "nps", "granularity", "week",
                "from", "2022-01-03", "to", "2025-11-02", "segment", segment)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.points", hasSize(200)));
    }

    @Test
    void followsEachMonthlyCohortUntilTheLastMonth() throws Exception {
        metrics("/api/v1/metrics/cohorts", "from", "2025-06", "to", "2026-04", "segment", segment)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cohorts", hasSize(11)))
                // June 2025: c3 churns on 28 Feb, the last day of month 8, c2 on 1 March
                .andExpect(jsonPath("$.cohorts[0].month").value("2025-06"))
                .andExpect(jsonPath("$.cohorts[0].size").value(2))
                .andExpect(jsonPath("$.cohorts[0].months", hasSize(11)))
                .andExpect(jsonPath("$.cohorts[0].months[7].share").value(100.0))
                .andExpect(jsonPath("$.cohorts[0].months[8].month").value("2026-02"))
                .andExpect(jsonPath("$.cohorts[0].months[8].active").value(1))
                .andExpect(jsonPath("$.cohorts[0].months[8].share").value(50.0))
                .andExpect(jsonPath("$.cohorts[0].months[9].share").value(0.0))
                // July 2025: c4 churns on 31 March, so is gone on the last day of month 8
                .andExpect(jsonPath("$.cohorts[1].months[7].share").value(100.0))
                .andExpect(jsonPath("$.cohorts[1].months[8].share").value(0.0))
                // August 2025: c5 churns on 1 April
                .andExpect(jsonPath("$.cohorts[2].months[7].share").value(100.0))
                .andExpect(jsonPath("$.cohorts[2].months[8].share").value(0.0))
                // no one joined in September 2025
                .andExpect(jsonPath("$.cohorts[3].size").value(0))
                .andExpect(jsonPath("$.cohorts[3].months[0].share").value(nullValue()))
                // March 2026: c6 stays, c7 leaves in March
                .andExpect(jsonPath("$.cohorts[9].size").value(2))
                .andExpect(jsonPath("$.cohorts[9].months[*].share").value(contains(50.0, 50.0)))
                .andExpect(jsonPath("$.cohorts[10].months[*].share").value(contains(100.0)));
    }

    @Test
    void rejectsBadParametersNamingThem() throws Exception {
        problem("/api/v1/metrics", "from", "2026-03-02", "to", "2026-03-01").andExpect(jsonPath("$.field").value("from"));
        problem("/api/v1/metrics", "from", "2026-13-01", "to", "2026-03-01").andExpect(jsonPath("$.field").value("from"));
        problem("/api/v1/metrics", "from", "2026-03-01").andExpect(jsonPath("$.field").value("to"));
        problem("/api/v1/metrics", "from", "2026-03-01", "to", "2026-03-31", "touchpoint", "nowhere-" + run)
                .andExpect(jsonPath("$.field").value("touchpoint"))
                .andExpect(jsonPath("$.detail", containsString("nowhere-" + run)));
        problem("/api/v1/metrics", "from", "2026-03-01", "to", "2026-03-31", "stage", "nowhere-" + run)
                .andExpect(jsonPath("$.field").value("stage"));
        problem("/api/v1/metrics", "from", "2026-03-01", "to", "2026-03-31", "channel", "PIGEON")
                .andExpect(jsonPath("$.field").value("channel"));
        problem("/api/v1/metrics/breakdown", "by", "colour", "from", "2026-03-01", "to", "2026-03-31")
                .andExpect(jsonPath("$.field").value("by"));
        problem("/api/v1/metrics/timeseries", "metric", "nps", "granularity", "day", "from", "2026-03-01", "to", "2026-03-31")
                .andExpect(jsonPath("$.field").value("granularity"));
        problem("/api/v1/metrics/timeseries", "granularity", "week", "from", "2026-03-01", "to", "2026-03-31")
                .andExpect(jsonPath("$.field").value("metric"));
        problem("/api/v1/metrics/cohorts", "from", "2026-13", "to", "2026-04").andExpect(jsonPath("$.field").value("from"));
        problem("/api/v1/metrics/cohorts", "from", "2026-05", "to", "2026-04").andExpect(jsonPath("$.field").value("from"));
    }

    private ResultActions metrics(String path, String... params) throws Exception {
        var request = get(path).header("Authorization", bearer);
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    private ResultActions problem(String path, String... params) throws Exception {
        return metrics(path, params)
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
    }

    private String customer(String name, String since, String churned) {
        var externalId = run + "-" + name;
        customersCsv.append(externalId).append(',').append(name).append(",,en,").append(segment).append(',')
                .append(since).append(',').append(churned == null ? "" : churned).append('\n');
        return externalId;
    }

    private void answer(String customer, String touchpoint, String type, int score, String at) {
        responsesCsv.append(customer).append(',').append(touchpoint).append(',').append(type).append(',').append(score)
                .append(",,").append(at).append('\n');
    }

    private void importCsv(String endpoint, StringBuilder csv, int rows) {
        try {
            var location = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(endpoint)
                            .header("Authorization", bearer).contentType("text/csv").content(csv.toString()))
                    .andExpect(status().isAccepted())
                    .andReturn().getResponse().getHeader("Location");
            var deadline = Instant.now().plusSeconds(30);
            while (true) {
                var body = mvc.perform(get(location).header("Authorization", bearer)).andReturn().getResponse()
                        .getContentAsString();
                if (body.contains("\"status\":\"DONE\"")) {
                    assertThat(body).contains("\"accepted\":" + rows).contains("\"rejected\":0");
                    return;
                }
                assertThat(body).doesNotContain("\"status\":\"FAILED\"");
                assertThat(Instant.now()).isBefore(deadline);
                Thread.sleep(50);
            }
        } catch (Exception e) {
            throw new AssertionError("Import through " + endpoint + " failed", e);
        }
    }

    private void interaction(String touchpoint, String at, boolean firstContact, String resolved) {
        interactions.record(new InteractionDetails(run + "-c1", touchpoint, Instant.parse(at), firstContact,
                resolved == null ? null : Instant.parse(resolved)));
    }
}
