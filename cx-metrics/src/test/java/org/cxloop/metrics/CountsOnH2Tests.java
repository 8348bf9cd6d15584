package org.cxloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cxloop.core.Channel;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The metrics SQL on the embedded H2 (PostgreSQL mode) the product runs on by default, migrated by the real
 * migrations, over a small data set worked out by hand. PostgreSQL runs the same data through the API in cx-web.
 */
class CountsOnH2Tests {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final Period MARCH = new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

    private static JdbcClient jdbc;
    private static SurveyCounts surveys;
    private static CustomerCounts customers;
    private static InteractionCounts interactions;

    @BeforeAll
    static void loadDataSet() {
        // one connection throughout: H2 evaluates check constraints with the session that created them
        var dataSource = new SingleConnectionDataSource(
                "jdbc:h2:mem:metrics-counts;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "sa", "", true);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        surveys = new SurveyCounts(jdbc);
        customers = new CustomerCounts(jdbc, new DailyRollups(jdbc, dataSource,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), Clock.systemUTC(), UTC));
        interactions = new InteractionCounts(jdbc);

        var onboarding = stage("onboarding", 1);
        var support = stage("support", 2);
        var signup = touchpoint("signup", Channel.WEB, onboarding);
        var hotline = touchpoint("hotline", Channel.PHONE, support);

        // S = active on 28 Feb = c1, c2, c4, c5; L = c2 (churns 1 Mar), c4 (churns 31 Mar); N = c6, c7; E = c1, c5, c6
        var c1 = customer("c1", "2025-01-10", null);
        customer("c2", "2025-06-01", "2026-03-01");
        customer("c3", "2025-06-01", "2026-02-28");
        customer("c4", "2025-07-01", "2026-03-31");
        customer("c5", "2025-08-01", "2026-04-01");
        customer("c6", "2026-03-01", null);
        customer("c7", "2026-03-10", "2026-03-20");
        customer("c8", "2026-04-01", null);
        customer("other", "2025-01-01", "2026-03-15", "other");

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
        // outside March in UTC; the first is 1 March 00:30 in Madrid, the 31 March 23:59:59Z one is 1 April there
        answer(c1, signup, "NPS", 10, "2026-02-28T23:30:00Z");
        answer(c1, signup, "NPS", 0, "2026-04-01T00:00:00Z");

        interaction(c1, signup, "2026-03-05T10:00:00Z", true, "2026-03-05T11:00:00Z");
        interaction(c1, signup, "2026-03-06T10:00:00Z", false, "2026-03-07T12:30:00Z");
        interaction(c1, hotline, "2026-03-07T10:00:00Z", false, null);
        interaction(c1, hotline, "2026-04-07T10:00:00Z", true, "2026-04-07T10:10:00Z");
    }

    @Test
    void scoresTheAnswersInsideThePeriodBothEndsIncluded() {
        // NPS 10 9 8 7 6 0 10 10 3: 4 promoters, 2 passives, 3 detractors -> 100 × 1 / 9
        // CSAT 5 4 2 1 -> 2 of 4; CES 7 3 5 -> 15 / 3 = 5, easy 2 of 3, s² = (49 + 9 + 25 − 3 × 25) / 2 = 4
        var scores = surveys.total(EventScope.responses(march(), UTC));

        assertThat(scores.nps().promoters()).isEqualTo(4);
        assertThat(scores.nps().passives()).isEqualTo(2);
        assertThat(scores.nps().detractors()).isEqualTo(3);
        assertThat(scores.nps().score()).isCloseTo(100.0 / 9, within(1e-9));
        assertThat(scores.csat().score()).isEqualTo(50.0);
        assertThat(scores.csat().responses()).isEqualTo(4);
        assertThat(scores.ces().average()).isEqualTo(5.0);
        assertThat(scores.ces().standardDeviation()).isEqualTo(2.0);
        assertThat(scores.ces().easy()).isCloseTo(200.0 / 3, within(1e-9));
    }

    @Test
    void readsThePeriodInTheInstallationsTimeZone() {
        // Madrid: 28 Feb 23:30Z (a 10) moves into March, 31 Mar 23:59:59Z (a 0) moves out: 5 promoters, 2 detractors
        var nps = surveys.total(EventScope.responses(march(), ZoneId.of("Europe/Madrid"))).nps();

        assertThat(nps.promoters()).isEqualTo(5);
        assertThat(nps.detractors()).isEqualTo(2);
        assertThat(nps.responses()).isEqualTo(9);
    }

    @Test
    void narrowsAnswersToTheTouchpointsOfAJourney() {
        var signupOnly = MetricsFilter.of(MARCH).within(Set.of("signup", "not-answered"));
        var both = MetricsFilter.of(MARCH).within(Set.of("signup", "hotline"));
        var none = MetricsFilter.of(MARCH).within(Set.of());

        assertThat(surveys.total(EventScope.responses(signupOnly, UTC)).nps().responses()).isEqualTo(6);
        assertThat(surveys.total(EventScope.responses(both, UTC)).nps().responses()).isEqualTo(9);
        assertThat(surveys.total(EventScope.responses(none, UTC)).nps().responses()).isZero();
        assertThat(surveys.total(EventScope.responses(signupOnly.in(MARCH.previous()), UTC)).nps().responses()).isEqualTo(1);
    }

    @Test
    void narrowsAnswersByTouchpointStageAndChannel() {
        var signup = surveys.total(EventScope.responses(
                new MetricsFilter(MARCH, "signup", null, null, "h2"), UTC));
        var support = surveys.total(EventScope.responses(
                new MetricsFilter(MARCH, null, "support", Channel.PHONE, "h2"), UTC));

        assertThat(signup.nps().score()).isEqualTo(0.0);
        assertThat(signup.nps().responses()).isEqualTo(6);
        assertThat(support.nps().responses()).isEqualTo(3);
        assertThat(support.csat().score()).isEqualTo(0.0);
        assertThat(surveys.total(EventScope.responses(new MetricsFilter(MARCH, null, null, Channel.EMAIL, null), UTC))
                .nps().score()).isNull();
    }

    @Test
    void breaksAnswersDownPerTouchpoint() {
        var entries = surveys.by(Dimension.TOUCHPOINT, EventScope.responses(march(), UTC));

        assertThat(entries).extracting(BreakdownEntry::key).containsExactly("hotline", "signup");
        assertThat(entries.get(0).nps().score()).isCloseTo(100.0 / 3, within(1e-9));
        assertThat(entries.get(1).ces().average()).isEqualTo(5.0);
    }

    @Test
    void groupsAnswersIntoConsecutiveParts() {
        // parts: 1–8 March (NPS 10 9 10, CSAT 5 4 2 1, CES 7), 9–31 March (NPS 8 7 6 0 10 3: 1 promoter, 3 detractors; CES 3 5)
        var parts = surveys.byPart(EventScope.responses(march(), UTC),
                List.of(OffsetDateTime.parse("2026-03-09T00:00:00Z")));

        assertThat(parts.get(0).nps().responses()).isEqualTo(3);
        assertThat(parts.get(0).nps().score()).isEqualTo(100.0);
        assertThat(parts.get(0).csat().responses()).isEqualTo(4);
        assertThat(parts.get(0).ces().responses()).isEqualTo(1);
        assertThat(parts.get(1).nps().responses()).isEqualTo(6);
        assertThat(parts.get(1).nps().score()).isCloseTo(-200.0 / 6, within(1e-9));
        assertThat(parts.get(1).csat().responses()).isZero();
        assertThat(parts.get(1).ces().responses()).isEqualTo(2);
    }

    @Test
    void countsChurnAndRetentionByTheActiveDayRule() {
        var figures = customers.figures(MARCH, "h2");

        assertThat(figures.churn().customersAtStart()).isEqualTo(4);
        assertThat(figures.churn().churned()).isEqualTo(2);
        assertThat(figures.retention().acquired()).isEqualTo(2);
        // c7 joined on 10 March and churned on 20 March: acquired and lost, so neither retained nor subtracted
        assertThat(figures.retention().acquiredAndLost()).isEqualTo(1);
        assertThat(figures.retention().customersAtEnd()).isEqualTo(3);
        // retained = E − (N − lost newcomers) = 3 − 1 = 2 of S = 4 (c1, c5): 50, and churn 50 + retention 50 = 100
        assertThat(figures.retention().rate()).isEqualTo(50.0);
        assertThat(figures.churn().rate() + figures.retention().rate()).isEqualTo(100.0);
        assertThat(customers.figures(MARCH, null).churn().churned()).isEqualTo(3);
    }

    @Test
    void aCustomerChurningOnTheFirstDayOfThePeriodWasThereAtItsStartAndIsLost() {
        // 1 March alone: S = active on 28 Feb = c1 c2 c4 c5 (c3 left on 28 Feb); L = c2; N = c6; E = c1 c4 c5 c6
        var figures = customers.figures(new Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)), "h2");

        assertThat(figures.churn().customersAtStart()).isEqualTo(4);
        assertThat(figures.churn().churned()).isEqualTo(1);
        assertThat(figures.retention().customersAtEnd()).isEqualTo(4);
        assertThat(figures.retention().rate()).isEqualTo(75.0);
    }

    @Test
    void aCustomerChurningOnTheLastDayOfThePeriodIsNotThereAtItsEnd() {
        // 28 February alone: S = active on 27 Feb = c1 to c5; L = c3, who churns on 28 Feb; E = c1 c2 c4 c5
        var figures = customers.figures(new Period(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 28)), "h2");

        assertThat(figures.churn().customersAtStart()).isEqualTo(5);
        assertThat(figures.churn().churned()).isEqualTo(1);
        assertThat(figures.churn().rate()).isEqualTo(20.0);
        assertThat(figures.retention().customersAtEnd()).isEqualTo(4);
        assertThat(figures.retention().rate()).isEqualTo(80.0);
    }

    @Test
    void countsChurnAndTheCustomersKeptForEveryPartInOnePass() {
        // February: S = c1 to c5, L = c3; March: S = c1 c2 c4 c5, L = c2 c4; April: S = c1 c5 c6, L = c5
        var parts = customers.byPart(new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 30))
                .split(Granularity.MONTH), "h2");

        assertThat(parts).extracting(p -> p.churn().customersAtStart()).containsExactly(5L, 4L, 3L);
        assertThat(parts).extracting(p -> p.churn().churned()).containsExactly(1L, 2L, 1L);
        assertThat(parts.get(0).churn().rate()).isEqualTo(20.0);
        // kept: February c1 c2 c4 c5; March c1 c5 (c6 joined and c7 came and went: neither counts); April c1 c6
        assertThat(parts).extracting(CustomerCounts.PartFigures::kept).containsExactly(4L, 2L, 2L);
        assertThat(parts).extracting(CustomerCounts.PartFigures::retentionRate)
                .containsExactly(80.0, 50.0, 200.0 / 3);
        assertThat(parts).allSatisfy(p -> assertThat(p.churn().rate() + p.retentionRate()).isCloseTo(100.0, within(1e-9)));
    }

    @Test
    void countsEachCohortPerChurnMonth() {
        var joined = customers.joinedByChurnMonth(YearMonth.of(2025, 6), YearMonth.of(2026, 3), "h2");

        Map<YearMonth, Long> june = new HashMap<>();
        june.put(YearMonth.of(2026, 3), 1L);
        june.put(YearMonth.of(2026, 2), 1L);
        Map<YearMonth, Long> march = new HashMap<>();
        march.put(null, 1L);
        march.put(YearMonth.of(2026, 3), 1L);
        assertThat(joined).containsOnlyKeys(YearMonth.of(2025, 6), YearMonth.of(2025, 7), YearMonth.of(2025, 8),
                YearMonth.of(2026, 3));
        assertThat(joined.get(YearMonth.of(2025, 6))).isEqualTo(june);
        assertThat(joined.get(YearMonth.of(2026, 3))).isEqualTo(march);
    }

    @Test
    void measuresFirstContactResolutionAndResolutionTime() {
        // 1 of 3 at first contact; resolved after 1 h and 26.5 h -> 13.75 h
        var figures = interactions.figures(EventScope.interactions(march(), UTC));

        assertThat(figures.firstContactResolution().rate()).isCloseTo(100.0 / 3, within(1e-9));
        assertThat(figures.firstContactResolution().interactions()).isEqualTo(3);
        assertThat(figures.resolutionTime().averageHours()).isEqualTo(13.75);
        assertThat(figures.resolutionTime().resolved()).isEqualTo(2);
    }

    private static MetricsFilter march() {
        return new MetricsFilter(MARCH, null, null, null, "h2");
    }

    private static long stage(String code, int position) {
        jdbc.sql("insert into journey_stage (code, name, position) values (?, ?, ?)").params(code, code, position).update();
        return jdbc.sql("select id from journey_stage where code = ?").param(code).query(Long.class).single();
    }

    private static long touchpoint(String code, Channel channel, long stage) {
        jdbc.sql("insert into touchpoint (code, name, channel, stage_id) values (?, ?, ?, ?)")
                .params(code, code, channel.name(), stage).update();
        return jdbc.sql("select id from touchpoint where code = ?").param(code).query(Long.class).single();
    }

    private static long customer(String id, String since, String churned) {
        return customer(id, since, churned, "h2");
    }

    private static long customer(String id, String since, String churned, String segment) {
        jdbc.sql("""
                insert into customer (external_id, name, segment, customer_since, churned_at, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, id, segment, LocalDate.parse(since), churned == null ? null : LocalDate.parse(churned),
                        OffsetDateTime.now(), OffsetDateTime.now())
                .update();
        return jdbc.sql("select id from customer where external_id = ?").param(id).query(Long.class).single();
    }

    private static void answer(long customer, long touchpoint, String type, int score, String at) {
        jdbc.sql("""
                insert into survey_response (customer_id, touchpoint_id, survey_type, score, responded_at, source, created_at)
                values (?, ?, ?, ?, ?, 'API', ?)""")
                .params(customer, touchpoint, type, score, OffsetDateTime.parse(at), OffsetDateTime.parse(at))
                .update();
    }

    private static void interaction(long customer, long touchpoint, String at, boolean firstContact, String resolved) {
        jdbc.sql("""
                insert into interaction (customer_id, touchpoint_id, occurred_at, resolved_on_first_contact, resolved_at)
                values (?, ?, ?, ?, ?)""")
                .params(customer, touchpoint, OffsetDateTime.parse(at), firstContact,
                        resolved == null ? null : OffsetDateTime.parse(resolved))
                .update();
    }
}
