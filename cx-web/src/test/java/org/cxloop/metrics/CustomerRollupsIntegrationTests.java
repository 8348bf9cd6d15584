package org.cxloop.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.cxloop.core.customer.CustomerDetails;
import org.cxloop.core.customer.Customers;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The customer rollups on PostgreSQL agree with the customers counted one by one after every kind of write, and the
 * churn, retention and cohort figures read from them equal those counted over every customer.
 */
@PostgresIntegrationTest
class CustomerRollupsIntegrationTests {

    @Autowired Customers customers;
    @Autowired CustomerCounts counts;
    @Autowired DailyRollups rollups;
    @Autowired JdbcClient jdbc;
    @Autowired NamedParameterJdbcTemplate batches;

    String run;

    @BeforeEach
    void setUp() {
        if (!rollups.current()) {
            rollups.rebuild();
        }
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void rollupsAgreeWithTheCustomersAfterEveryKindOfWrite() {
        customer("ana", "smb", "2025-01-31", null);
        customer("ben", null, "2025-02-01", "2025-03-15");
        batchInsert(List.of(row("cy", "smb", "2025-01-31", "2025-01-31"), row("di", "enterprise", "2024-12-01", null),
                row("ed", null, "2025-02-10", "2025-06-30")));
        assertThat(dayRollupRows()).isEqualTo(customerDayRows());
        assertThat(cohortRollupRows()).isEqualTo(customerCohortRows());

        customer("ana", "enterprise", "2025-01-31", "2025-04-01");
        jdbc.sql("update customer set churned_at = null where external_id = :id").param("id", "ben-" + run).update();
        jdbc.sql("update customer set name = 'Renamed' where external_id like :run").param("run", "%-" + run).update();
        batches.batchUpdate("update customer set segment = :segment, customer_since = :since where external_id = :id",
                new MapSqlParameterSource[] {
                        new MapSqlParameterSource("id", "cy-" + run).addValue("segment", "smb").addValue("since", LocalDate.parse("2025-01-01")),
                        new MapSqlParameterSource("id", "di-" + run).addValue("segment", null).addValue("since", LocalDate.parse("2024-12-01"))});
        jdbc.sql("delete from customer where external_id = :id").param("id", "ed-" + run).update();

        assertThat(dayRollupRows()).isEqualTo(customerDayRows());
        assertThat(cohortRollupRows()).isEqualTo(customerCohortRows());
        assertThat(rollups.current()).isTrue();
    }

    @Test
    void churnRetentionAndCohortsFromTheRollupsEqualTheCountsOverEveryCustomer() {
        var random = new Random(8);
        var rows = new ArrayList<MapSqlParameterSource>();
        for (int i = 0; i < 400; i++) {
            var since = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(900));
            var churned = random.nextInt(3) == 0 ? since.plusDays(random.nextInt(300)) : null;
            var segment = random.nextInt(4) == 0 ? null : "seg" + random.nextInt(2) + "-" + run;
            rows.add(row("c" + i, segment, since.toString(), churned == null ? null : churned.toString()));
        }
        batchInsert(rows);
        var periods = List.of(new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
                new Period(LocalDate.of(2025, 3, 15), LocalDate.of(2025, 3, 15)),
                new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 6, 30)),
                new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)));
        var parts = List.of(new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31)),
                new Period(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28)),
                new Period(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 9)));
        var segments = new ArrayList<String>(List.of("seg0-" + run, "seg1-" + run));
        segments.add(null);

        var fromRollups = new ArrayList<Object>();
        for (var segment : segments) {
            periods.forEach(period -> fromRollups.add(counts.figures(period, segment)));
            fromRollups.add(counts.byPart(parts, segment));
            fromRollups.add(counts.joinedByChurnMonth(YearMonth.of(2024, 1), YearMonth.of(2026, 6), segment));
        }
        var fromCustomers = new ArrayList<Object>();
        jdbc.sql("delete from metrics_rollup_state").update();
        try {
            assertThat(rollups.current()).isFalse();
            for (var segment : segments) {
                periods.forEach(period -> fromCustomers.add(counts.figures(period, segment)));
                fromCustomers.add(counts.byPart(parts, segment));
                fromCustomers.add(counts.joinedByChurnMonth(YearMonth.of(2024, 1), YearMonth.of(2026, 6), segment));
            }
        } finally {
            rollups.rebuild();
        }
        assertThat(fromRollups).isEqualTo(fromCustomers);
        var segmentFigures = (CustomerCounts.CustomerFigures) fromRollups.getFirst();
        assertThat(segmentFigures.churn().customersAtStart()).isPositive();
        assertThat(segmentFigures.churn().churned()).isPositive();
        assertThat(segmentFigures.retention().acquiredAndLost()).isPositive();
    }

    private void customer(String name, String segment, String since, String churned) {
        customers.save(name + "-" + run, new CustomerDetails(name, null, "en", segment, LocalDate.parse(since),
                churned == null ? null : LocalDate.parse(churned), false, false));
    }

    private MapSqlParameterSource row(String name, String segment, String since, String churned) {
        return new MapSqlParameterSource("id", name + "-" + run).addValue("name", name).addValue("segment", segment)
                .addValue("since", LocalDate.parse(since)).addValue("churned", churned == null ? null : LocalDate.parse(churned));
    }

    /** A multi-row insert, as the CSV import's batches and the demo loader write customers. */
    private void batchInsert(List<MapSqlParameterSource> rows) {
        batches.batchUpdate("""
                        insert into customer (external_id, name, locale, segment, customer_since, churned_at,
                            marketing_consent, survey_opt_out, created_at, updated_at)
                        values (:id, :name, 'en', :segment, :since, :churned, false, false, now(), now())""",
                rows.toArray(MapSqlParameterSource[]::new));
    }

    private List<String> dayRollupRows() {
        return jdbc.sql("""
                select customer_day || ' ' || coalesce(segment, '-') || ' ' || joined || ' ' || churned
                from customer_day_rollup where joined <> 0 or churned <> 0 order by 1""").query(String.class).list();
    }

    private List<String> customerDayRows() {
        return jdbc.sql("""
                select d.customer_day || ' ' || coalesce(d.segment, '-') || ' ' || sum(d.joined) || ' ' || sum(d.churned)
                from (select customer_since as customer_day, segment, 1 as joined, 0 as churned from customer
                      union all
                      select churned_at, segment, 0, 1 from customer where churned_at is not null) d
                group by d.customer_day, d.segment order by 1""").query(String.class).list();
    }

    private List<String> cohortRollupRows() {
        return jdbc.sql("""
                select cohort_month || ' ' || coalesce(cast(churn_month as varchar), '-') || ' ' || coalesce(segment, '-')
                       || ' ' || customers
                from customer_cohort_rollup where customers <> 0 order by 1""").query(String.class).list();
    }

    private List<String> customerCohortRows() {
        return jdbc.sql("""
                select g.cohort_month || ' ' || coalesce(cast(g.churn_month as varchar), '-') || ' ' || coalesce(g.segment, '-')
                       || ' ' || g.customers
                from (select cast(date_trunc('month', customer_since) as date) as cohort_month,
                             cast(date_trunc('month', churned_at) as date) as churn_month, segment, count(*) as customers
                      from customer group by 1, 2, 3) g order by 1""").query(String.class).list();
    }
}
