package org.cxloop.web.dashboard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.cxloop.core.Channel;
import org.cxloop.core.customer.CustomerDetails;
import org.cxloop.core.customer.Customers;
import org.cxloop.core.stage.JourneyStages;
import org.cxloop.core.stage.StageDetails;
import org.cxloop.core.touchpoint.TouchpointDetails;
import org.cxloop.core.touchpoint.Touchpoints;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small data set worked out by hand, under fresh codes and its own segment so other tests' data never counts.
 * Two stages with one touchpoint each (Sign-up on the web, Hotline on the phone) and customers whose churn dates give
 * March 2026: churn 2 of 4 (50 %), retention 100 × 2 / 4 = 50 % (c7 joined and left inside March); February 2026: churn 1 of 5 (20 %).
 */
final class DashboardData {

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String segment = "seg-" + run;
    final String onboarding = "onboarding-" + run;
    final String support = "support-" + run;
    final String signup = "signup-" + run;
    final String hotline = "hotline-" + run;

    private final Customers customers;
    private final Touchpoints touchpoints;
    private final JdbcClient jdbc;
    final long loyal;

    DashboardData(JourneyStages stages, Touchpoints touchpoints, Customers customers, JdbcClient jdbc) {
        this.customers = customers;
        this.touchpoints = touchpoints;
        this.jdbc = jdbc;
        stages.save(onboarding, new StageDetails("Onboarding " + run, 1));
        stages.save(support, new StageDetails("Support " + run, 2));
        touchpoints.save(signup, new TouchpointDetails("Sign-up " + run, Channel.WEB, onboarding));
        touchpoints.save(hotline, new TouchpointDetails("Hotline " + run, Channel.PHONE, support));
        loyal = customer("c1", "2025-01-10", null);
        customer("c2", "2025-06-01", "2026-03-01");
        customer("c3", "2025-06-01", "2026-02-28");
        customer("c4", "2025-07-01", "2026-03-31");
        customer("c5", "2025-08-01", "2026-04-01");
        customer("c6", "2026-03-01", null);
        customer("c7", "2026-03-10", "2026-03-20");
    }

    /**
     * March 2026: NPS 10 9 8 7 6 0 at Sign-up and 10 10 3 at Hotline (4 promoters, 2 passives, 3 detractors: 11.1,
     * margin 57.2); CSAT 5 4 2 1 (50 %, margin 49); CES 7 3 5 (5.0). February 2026: NPS 0 0 (−100), CSAT 5 5 5 5 (100 %).
     */
    DashboardData withMarchAndFebruaryAnswers() {
        for (var answer : new Object[][] {{signup, "NPS", 10, "2026-03-01T00:00:00Z"}, {signup, "NPS", 9, "2026-03-02T09:00:00Z"},
                {signup, "NPS", 8, "2026-03-09T09:00:00Z"}, {signup, "NPS", 7, "2026-03-16T09:00:00Z"},
                {signup, "NPS", 6, "2026-03-23T09:00:00Z"}, {signup, "NPS", 0, "2026-03-31T23:59:59Z"},
                {hotline, "NPS", 10, "2026-03-03T09:00:00Z"}, {hotline, "NPS", 10, "2026-03-10T09:00:00Z"},
                {hotline, "NPS", 3, "2026-03-17T09:00:00Z"},
                {signup, "CSAT", 5, "2026-03-04T09:00:00Z"}, {signup, "CSAT", 4, "2026-03-05T09:00:00Z"},
                {signup, "CSAT", 2, "2026-03-06T09:00:00Z"}, {hotline, "CSAT", 1, "2026-03-07T09:00:00Z"},
                {signup, "CES", 7, "2026-03-08T09:00:00Z"}, {signup, "CES", 3, "2026-03-09T09:00:00Z"},
                {hotline, "CES", 5, "2026-03-10T09:00:00Z"},
                {signup, "NPS", 0, "2026-02-10T09:00:00Z"}, {signup, "NPS", 0, "2026-02-28T23:59:59Z"},
                {signup, "CSAT", 5, "2026-02-01T09:00:00Z"}, {signup, "CSAT", 5, "2026-02-02T09:00:00Z"},
                {signup, "CSAT", 5, "2026-02-03T09:00:00Z"}, {signup, "CSAT", 5, "2026-02-04T09:00:00Z"}}) {
            answer((String) answer[0], (String) answer[1], (Integer) answer[2], OffsetDateTime.parse((String) answer[3]));
        }
        return this;
    }

    void answer(String touchpoint, String type, int score, OffsetDateTime at) {
        jdbc.sql("""
                insert into survey_response (customer_id, touchpoint_id, survey_type, score, responded_at, source, created_at)
                values (?, ?, ?, ?, ?, 'API', ?)""")
                .params(loyal, touchpoints.get(touchpoint).id(), type, score, at, at)
                .update();
    }

    private long customer(String name, String since, String churned) {
        return customers.save(run + "-" + name, new CustomerDetails(name, null, null, segment, LocalDate.parse(since),
                churned == null ? null : LocalDate.parse(churned), false, false)).value().id();
    }
}
