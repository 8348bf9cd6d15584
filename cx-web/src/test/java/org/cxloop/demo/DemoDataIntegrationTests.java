package org.cxloop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.cxloop.core.Channel;
import org.cxloop.core.customer.Customers;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads the demo data set once into the shared test schema with a pinned clock, then checks it through SQL on the
 * rows it owns (external ids DEMO-…, source DEMO), so data of other test classes does not matter. Removes them after.
 */
@PostgresIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataIntegrationTests {

    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final OffsetDateTime YEAR_AGO = NOW.minus(Duration.ofDays(365)).atOffset(ZoneOffset.UTC);

    @Autowired
    DemoDataWriter writer;

    @Autowired
    org.cxloop.survey.definition.Surveys surveys;

    @Autowired
    org.cxloop.survey.campaign.Campaigns campaigns;

    @Autowired
    Customers customers;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.cxloop.journey.map.JourneyMaps journeyMaps;

    @BeforeAll
    void loadTheDemoDataSet() {
        writer.write(new DemoDataGenerator(DemoDataLoader.SEED, CLOCK).generate());
    }

    @AfterAll
    void removeTheDemoDataSet() {
        var demoCases = "select id from follow_up_case where response_id in (select id from survey_response where source = 'DEMO')";
        jdbc.sql("delete from follow_up_case_event where case_id in (" + demoCases + ")").update();
        jdbc.sql("delete from follow_up_case where id in (" + demoCases + ")").update();
        jdbc.sql("delete from campaign where name like '%(demo)'").update();
        jdbc.sql("delete from survey where name like '%(demo)'").update();
        jdbc.sql("delete from external_feedback where origin = 'DEMO'").update();
        jdbc.sql("delete from survey_response where source = 'DEMO'").update();
        jdbc.sql("delete from interaction where customer_id in (select id from customer where external_id like 'DEMO-%')")
                .update();
        jdbc.sql("delete from customer where external_id like 'DEMO-%'").update();
        demoJourneys().forEach(journey -> journeyMaps.delete(journey.id()));
    }

    @Test
    void offersASurveyLibraryAndTwoCampaignsReadyToLaunchButSendsNothing() {
        assertThat(surveys.list()).filteredOn(survey -> survey.definition().name().endsWith("(demo)"))
                .extracting(survey -> survey.definition().name() + " " + survey.definition().type())
                .containsExactlyInAnyOrder("Relationship NPS (demo) NPS", "Support satisfaction (demo) CSAT",
                        "Checkout effort (demo) CES");
        assertThat(campaigns.list()).filteredOn(campaign -> campaign.details().name().endsWith("(demo)"))
                .extracting(campaign -> campaign.details().name() + " " + campaign.surveyType() + " "
                        + campaign.details().audience() + " " + campaign.status())
                .containsExactlyInAnyOrder("Quarterly relationship NPS (demo) NPS EVERYONE DRAFT",
                        "After phone support (demo) CSAT INTERACTION DRAFT");
        assertThat(jdbc.sql("select count(*) from invitation i join campaign k on k.id = i.campaign_id where k.name like '%(demo)'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void opensACaseForEachDetractorOfTheLastTwoWeeksAndMovesTheOlderOnAsACareTeamWould() {
        record DemoCase(String status, String outcome, OffsetDateTime openedAt, OffsetDateTime dueAt,
                OffsetDateTime firstContactAt, Long firstContactSeconds, OffsetDateTime closedAt, Long closeSeconds,
                OffsetDateTime respondedAt, long events) {
        }
        var cases = jdbc.sql("""
                        select f.status, f.outcome, f.opened_at, f.due_at, f.first_contact_at, f.first_contact_seconds,
                            f.closed_at, f.close_seconds, r.responded_at,
                            (select count(*) from follow_up_case_event e where e.case_id = f.id) as events
                        from follow_up_case f join survey_response r on r.id = f.response_id where r.source = 'DEMO'""")
                .query((rs, n) -> new DemoCase(rs.getString(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                        rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class),
                        (Long) rs.getObject(6, Long.class), rs.getObject(7, OffsetDateTime.class),
                        (Long) rs.getObject(8, Long.class), rs.getObject(9, OffsetDateTime.class), rs.getLong(10)))
                .list();
        var newest = jdbc.sql("select max(responded_at) from survey_response where source = 'DEMO'")
                .query(OffsetDateTime.class).single();
        var detractorsInWindow = jdbc.sql("""
                        select count(*) from survey_response where source = 'DEMO' and responded_at > :from
                          and ((survey_type = 'NPS' and score <= 6) or (survey_type = 'CSAT' and score <= 2)
                            or (survey_type = 'CES' and score <= 3))""")
                .param("from", newest.minusDays(14)).query(Long.class).single();
        assertThat(cases).hasSize(detractorsInWindow.intValue()).hasSizeGreaterThan(20);
        assertThat(cases).extracting(DemoCase::status).contains("NEW", "CONTACTED", "CLOSED");
        assertThat(cases).filteredOn(c -> c.status().equals("CLOSED")).extracting(DemoCase::outcome)
                .contains("WON_BACK", "NOT_WON_BACK");
        for (var c : cases) {
            assertThat(c.openedAt()).isAfter(c.respondedAt()).isBefore(c.respondedAt().plusHours(1));
            assertThat(c.dueAt()).isEqualTo(c.openedAt().plusHours(48));
            assertThat(c.firstContactAt() == null).isEqualTo(c.status().equals("NEW"));
            assertThat(c.closedAt() == null).isEqualTo(!c.status().equals("CLOSED"));
            assertThat(c.outcome() == null).isEqualTo(!c.status().equals("CLOSED"));
            if (c.firstContactAt() != null) {
                assertThat(c.firstContactSeconds())
                        .isEqualTo(Duration.between(c.openedAt(), c.firstContactAt()).toSeconds());
                assertThat(c.firstContactAt()).isBeforeOrEqualTo(newest);
            }
            if (c.closedAt() != null) {
                assertThat(c.closeSeconds()).isEqualTo(Duration.between(c.openedAt(), c.closedAt()).toSeconds());
                assertThat(c.closedAt()).isAfter(c.firstContactAt()).isBeforeOrEqualTo(newest);
            }
            assertThat(c.events()).as("opened, then each status change").isEqualTo(switch (c.status()) {
                case "NEW" -> 1L;
                case "CONTACTED" -> 2L;
                default -> 3L;
            });
        }
    }

    @Test
    void drawsTheDemoJourneyAsAMapWithMomentsOfTruth() {
        var journey = demoJourneys().getFirst();
        var map = journeyMaps.currentMap(journey.id());
        assertThat(map.stages()).hasSize(7);
        assertThat(map.touchpointCount()).isEqualTo(19);
        assertThat(map.stages().stream().flatMap(s -> s.touchpoints().stream()).filter(t -> t.momentOfTruth()).count())
                .isEqualTo(4);
    }

    private java.util.List<org.cxloop.journey.map.JourneySummary> demoJourneys() {
        return journeyMaps.list(false).stream().filter(j -> j.name().equals(DemoJourneyMap.NAME)).toList();
    }

    @Test
    void loadsAboutThreeThousandCustomersInFiveSegmentsAndTwoLanguages() {
        assertThat(count("select count(*) from customer where external_id like 'DEMO-%'")).isBetween(2500L, 3500L);
        assertThat(strings("select distinct segment from customer where external_id like 'DEMO-%'"))
                .containsExactlyInAnyOrder("Young professionals", "Families", "Students", "Small business", "Enterprise");
        assertThat(count("select count(*) from customer where external_id like 'DEMO-%' and locale = 'es'"))
                .isBetween(1200L, 1800L);
        assertThat(count("""
                select count(*) from customer where external_id like 'DEMO-%'
                and email not like '%@example.com' and email not like '%@example.org'""")).isZero();
        assertThat(count("""
                select count(*) from customer where external_id like 'DEMO-%'
                and customer_since < date '2024-01-01'""")).isPositive();
    }

    @Test
    void letsSomeCustomersChurnStudentsMoreThanEnterprises() {
        var churned = count("select count(*) from customer where external_id like 'DEMO-%' and churned_at is not null");
        assertThat(churned).isBetween(300L, 1000L);
        assertThat(count("""
                select count(*) from customer where external_id like 'DEMO-%'
                and churned_at > date '2025-06-15'""")).isPositive();
        assertThat(churnRate("Students")).isGreaterThan(2 * churnRate("Enterprise"));
    }

    @Test
    void describesASevenStageJourneyWithTouchpointsOnEveryChannel() {
        assertThat(count("""
                select count(distinct s.code) from journey_stage s join touchpoint t on t.stage_id = s.id
                join interaction i on i.touchpoint_id = t.id
                join customer c on c.id = i.customer_id where c.external_id like 'DEMO-%'""")).isEqualTo(7);
        var codes = DemoJourney.TOUCHPOINTS.stream().map(DemoTouchpoint::code).toList();
        assertThat(jdbc.sql("select code from touchpoint where code in (:codes)").param("codes", codes)
                .query(String.class).list()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(jdbc.sql("select distinct channel from touchpoint where code in (:codes)").param("codes", codes)
                .query(String.class).list())
                .containsExactlyInAnyOrder(Arrays.stream(Channel.values()).map(Channel::name).toArray(String[]::new));
    }

    @Test
    void recordsTensOfThousandsOfInteractionsAndResolvesSupportCasesInHours() {
        assertThat(count("""
                select count(*) from interaction i join customer c on c.id = i.customer_id
                where c.external_id like 'DEMO-%'""")).isGreaterThan(30_000L);
        var averageHours = jdbc.sql("""
                select avg(extract(epoch from (i.resolved_at - i.occurred_at)) / 3600)
                from interaction i join touchpoint t on t.id = i.touchpoint_id
                join customer c on c.id = i.customer_id
                where c.external_id like 'DEMO-%' and t.code like 'support-%' and not i.resolved_on_first_contact""")
                .query(Double.class).single();
        assertThat(averageHours).isBetween(5.0, 60.0);
        assertThat(count("""
                select count(*) from interaction i join touchpoint t on t.id = i.touchpoint_id
                join customer c on c.id = i.customer_id
                where c.external_id like 'DEMO-%' and t.code like 'support-%' and i.resolved_on_first_contact""")).isPositive();
    }

    @Test
    void addsFeedbackFromOtherChannelsOfEveryKindInBothLanguagesWithRatingsInLineWithTheText() {
        assertThat(count("select count(*) from external_feedback where origin = 'DEMO'")).isEqualTo(240);
        assertThat(strings("select distinct kind from external_feedback where origin = 'DEMO'"))
                .containsExactlyInAnyOrder("SOCIAL", "REVIEW", "CONTACT_CENTRE", "OTHER");
        assertThat(count("select count(distinct channel) from external_feedback where origin = 'DEMO'")).isGreaterThanOrEqualTo(5);
        assertThat(count("select count(*) from external_feedback where origin = 'DEMO' and text like '%@CXLoopCo%'")).isPositive();
        assertThat(count("select count(*) from external_feedback where origin = 'DEMO' and text like '%factura%'")).isPositive();
        assertThat(count("select count(*) from external_feedback where origin = 'DEMO' and customer_id is not null"))
                .isBetween(150L, 210L);
        assertThat(count("""
                select count(*) from external_feedback f join customer c on c.id = f.customer_id
                where f.origin = 'DEMO' and f.text like '%app se cuelga%' and c.locale not like 'es%'""")).isZero();
        assertThat(count("""
                select count(*) from external_feedback where origin = 'DEMO' and kind = 'REVIEW'
                and (rating_scale <> 5 or rating is null)""")).isZero();
        assertThat(count("""
                select count(*) from external_feedback where origin = 'DEMO' and text like '%crashes every time%' and rating > 2"""))
                .isZero();
    }

    @Test
    void keepsEveryAnswerOnItsScaleInTheLastYearAndWhileTheCustomerWasActive() {
        assertThat(count("select count(*) from survey_response where source = 'DEMO'")).isGreaterThan(5000L);
        assertThat(jdbc.sql("""
                select count(*) from survey_response r join customer c on c.id = r.customer_id
                where r.source = 'DEMO' and (
                    not ((r.survey_type = 'NPS' and r.score between 0 and 10)
                         or (r.survey_type = 'CSAT' and r.score between 1 and 5)
                         or (r.survey_type = 'CES' and r.score between 1 and 7))
                    or r.responded_at < :yearAgo or r.responded_at > :now
                    or cast(r.responded_at at time zone 'UTC' as date) < c.customer_since
                    or cast(r.responded_at at time zone 'UTC' as date) >= c.churned_at)""")
                .param("yearAgo", YEAR_AGO).param("now", NOW.atOffset(ZoneOffset.UTC))
                .query(Long.class).single()).isZero();
    }

    @Test
    void recordsInteractionsOnlyWhileTheCustomerWasActive() {
        assertThat(jdbc.sql("""
                select count(*) from interaction i join customer c on c.id = i.customer_id
                where c.external_id like 'DEMO-%' and (
                    i.occurred_at < :yearAgo or i.occurred_at > :now
                    or cast(i.occurred_at at time zone 'UTC' as date) < c.customer_since
                    or cast(i.occurred_at at time zone 'UTC' as date) >= c.churned_at)""")
                .param("yearAgo", YEAR_AGO).param("now", NOW.atOffset(ZoneOffset.UTC))
                .query(Long.class).single()).isZero();
    }

    @Test
    void loadsAYearOfResponsesWithARisingNps() {
        var firstQuarter = nps(YEAR_AGO, YEAR_AGO.plusMonths(3));
        var lastQuarter = nps(NOW.atOffset(ZoneOffset.UTC).minusMonths(3), NOW.atOffset(ZoneOffset.UTC));

        assertThat(firstQuarter).isBetween(-5.0, 20.0);
        assertThat(lastQuarter).isBetween(25.0, 50.0);
        assertThat(lastQuarter - firstQuarter).isGreaterThan(15.0);
    }

    @Test
    void makesPhoneSupportTheHardestWayToGetHelp() {
        assertThat(averageScore("CES", "support-phone")).isLessThan(averageScore("CES", "support-chat") - 0.8);
    }

    @Test
    void showsOnboardingImprovingAfterTheProcessChangeSixMonthsAgo() {
        var change = NOW.minus(Duration.ofDays(182)).atOffset(ZoneOffset.UTC);
        var sql = """
                select avg(r.score) from survey_response r join touchpoint t on t.id = r.touchpoint_id
                where r.source = 'DEMO' and r.survey_type = 'CSAT' and t.code in ('onboarding-call', 'app-first-use')
                and r.responded_at %s :change""";
        var before = jdbc.sql(sql.formatted("<")).param("change", change).query(Double.class).single();
        var after = jdbc.sql(sql.formatted(">=")).param("change", change).query(Double.class).single();
        assertThat(after).isGreaterThan(before + 0.5);
    }

    @Test
    void skipsTheLoadWhenCustomersExist() {
        var before = count("select count(*) from customer") + count("select count(*) from survey_response");

        assertThat(new DemoDataLoader(customers, writer, CLOCK).loadIfEmpty()).isFalse();

        assertThat(count("select count(*) from customer") + count("select count(*) from survey_response"))
                .isEqualTo(before);
    }

    private double nps(OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql("""
                select 100.0 * (count(*) filter (where score >= 9) - count(*) filter (where score <= 6)) / count(*)
                from survey_response
                where source = 'DEMO' and survey_type = 'NPS' and responded_at >= :from and responded_at < :to""")
                .param("from", from).param("to", to).query(Double.class).single();
    }

    private double churnRate(String segment) {
        return jdbc.sql("""
                select 1.0 * count(churned_at) / count(*) from customer
                where external_id like 'DEMO-%' and segment = :segment""")
                .param("segment", segment).query(Double.class).single();
    }

    private double averageScore(String type, String touchpoint) {
        return jdbc.sql("""
                select avg(r.score) from survey_response r join touchpoint t on t.id = r.touchpoint_id
                where r.source = 'DEMO' and r.survey_type = :type and t.code = :touchpoint""")
                .param("type", type).param("touchpoint", touchpoint).query(Double.class).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private List<String> strings(String sql) {
        return jdbc.sql(sql).query(String.class).list();
    }
}
