package org.cxloop.metrics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.cxloop.metrics.score.Churn;
import org.cxloop.metrics.score.Retention;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts customers in SQL for churn, retention and cohorts. A customer is active on a day when customer_since is on
 * or before it and churned_at is empty or after it.
 *
 * <p>While the rollups are current (PostgreSQL), the counts come from the customers added up per day they joined or
 * churned ({@code customer_day_rollup}) and per joining and churn month ({@code customer_cohort_rollup}), plus an
 * index-only read of the customers who churned within the period; otherwise (H2) from every customer. Since nobody
 * churns before joining, the customers active at the start of a day are those who joined before it less those who
 * churned before it, and the only count that needs both dates of a customer is who, among those who churned in the
 * period, had joined before it.
 */
@Component
class CustomerCounts {

    private final JdbcClient jdbc;
    private final DailyRollups rollups;

    CustomerCounts(JdbcClient jdbc, DailyRollups rollups) {
        this.jdbc = jdbc;
        this.rollups = rollups;
    }

    /** Churn and retention over the period, for one segment or all customers. */
    CustomerFigures figures(Period period, String segment) {
        var sql = rollups.current() ? figuresFromRollupSql(segment) : """
                select
                  count(*) filter (where c.customer_since < :from and (c.churned_at is null or c.churned_at >= :from)) as at_start,
                  count(*) filter (where c.customer_since < :from and c.churned_at >= :from and c.churned_at <= :to) as churned,
                  count(*) filter (where c.customer_since >= :from and c.customer_since <= :to) as acquired,
                  count(*) filter (where c.customer_since >= :from and c.customer_since <= :to and c.churned_at <= :to) as acquired_and_lost,
                  count(*) filter (where c.customer_since <= :to and (c.churned_at is null or c.churned_at > :to)) as at_end
                from customer c %s""".formatted(segment == null ? "" : "where c.segment = :segment");
        var statement = jdbc.sql(sql).param("from", period.from()).param("to", period.to());
        if (segment != null) {
            statement = statement.param("segment", segment);
        }
        return statement.query((rs, row) -> new CustomerFigures(
                        Churn.of(rs.getLong("at_start"), rs.getLong("churned")),
                        Retention.of(rs.getLong("at_start"), rs.getLong("acquired"), rs.getLong("acquired_and_lost"),
                                rs.getLong("at_end"))))
                .single();
    }

    /** The same five counts from the daily rollup and the index of churners (see the class comment). */
    private static String figuresFromRollupSql(String segment) {
        var onlySegment = segment == null ? "" : "and segment = :segment";
        return """
                select d.at_start, d.acquired, d.at_end, c.churned, c.acquired_and_lost
                from (select coalesce(sum(joined - churned) filter (where customer_day < :from), 0) as at_start,
                             coalesce(sum(joined) filter (where customer_day >= :from and customer_day <= :to), 0) as acquired,
                             coalesce(sum(joined - churned) filter (where customer_day <= :to), 0) as at_end
                      from customer_day_rollup where customer_day <= :to %1$s) d
                cross join (select count(*) filter (where customer_since < :from) as churned,
                                   count(*) filter (where customer_since >= :from) as acquired_and_lost
                            from customer where churned_at >= :from and churned_at <= :to %1$s) c""".formatted(onlySegment);
    }

    /**
     * Churn and the customers kept (active the day before the part and still active on its last day) in each of the
     * parts, in their order, counted in one pass over the customers.
     */
    List<PartFigures> byPart(List<Period> parts, String segment) {
        if (rollups.current() && !parts.isEmpty()) {
            return byPartFromRollup(parts, segment);
        }
        var columns = new StringJoiner(",\n");
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            columns.add("count(*) filter (where c.customer_since < :from%1$d and (c.churned_at is null or c.churned_at >= :from%1$d)) as at_start%1$d"
                    .formatted(i));
            columns.add("count(*) filter (where c.customer_since < :from%1$d and c.churned_at >= :from%1$d and c.churned_at <= :to%1$d) as churned%1$d"
                    .formatted(i));
            columns.add("count(*) filter (where c.customer_since < :from%1$d and (c.churned_at is null or c.churned_at > :to%1$d)) as kept%1$d"
                    .formatted(i));
            params.put("from" + i, parts.get(i).from());
            params.put("to" + i, parts.get(i).to());
        }
        if (segment != null) {
            params.put("segment", segment);
        }
        var sql = "select " + columns + " from customer c" + (segment == null ? "" : " where c.segment = :segment");
        return jdbc.sql(sql).params(params).query((rs, row) -> {
            var figures = new ArrayList<PartFigures>();
            for (int i = 0; i < parts.size(); i++) {
                figures.add(new PartFigures(Churn.of(rs.getLong("at_start" + i), rs.getLong("churned" + i)),
                        rs.getLong("kept" + i)));
            }
            return List.copyOf(figures);
        }).single();
    }

    /** The same from the daily rollup and the customers who churned within the parts (kept = at start - churned). */
    private List<PartFigures> byPartFromRollup(List<Period> parts, String segment) {
        var atStart = new StringJoiner(",\n");
        var churned = new StringJoiner(",\n");
        Map<String, Object> params = new HashMap<>();
        var first = parts.getFirst().from();
        var last = parts.getFirst().to();
        for (int i = 0; i < parts.size(); i++) {
            atStart.add("coalesce(sum(joined - churned) filter (where customer_day < :from%1$d), 0) as at_start%1$d".formatted(i));
            churned.add("count(*) filter (where customer_since < :from%1$d and churned_at >= :from%1$d and churned_at <= :to%1$d) as churned%1$d"
                    .formatted(i));
            params.put("from" + i, parts.get(i).from());
            params.put("to" + i, parts.get(i).to());
            first = parts.get(i).from().isBefore(first) ? parts.get(i).from() : first;
            last = parts.get(i).to().isAfter(last) ? parts.get(i).to() : last;
        }
        params.put("first", first);
        params.put("last", last);
        var onlySegment = "";
        if (segment != null) {
            params.put("segment", segment);
            onlySegment = "and segment = :segment";
        }
        var sql = """
                select * from (select %s from customer_day_rollup where customer_day < :last %s) d
                cross join (select %s from customer where churned_at >= :first and churned_at <= :last %s) c"""
                .formatted(atStart, onlySegment, churned, onlySegment);
        return jdbc.sql(sql).params(params).query((rs, row) -> {
            var figures = new ArrayList<PartFigures>();
            for (int i = 0; i < parts.size(); i++) {
                var customersAtStart = rs.getLong("at_start" + i);
                var churnedInPart = rs.getLong("churned" + i);
                figures.add(new PartFigures(Churn.of(customersAtStart, churnedInPart), customersAtStart - churnedInPart));
            }
            return List.copyOf(figures);
        }).single();
    }

    /**
     * How many customers joined in each month from {@code first} to {@code last}, counted per month they churned in
     * (null: still active): cohort month -> churn month -> customers.
     */
    Map<YearMonth, Map<YearMonth, Long>> joinedByChurnMonth(YearMonth first, YearMonth last, String segment) {
        var sql = rollups.current() ? """
                select extract(year from r.cohort_month) as since_year, extract(month from r.cohort_month) as since_month,
                       extract(year from r.churn_month) as churn_year, extract(month from r.churn_month) as churn_month,
                       sum(r.customers) as customers
                from customer_cohort_rollup r
                where r.cohort_month >= :first and r.cohort_month <= :last %s
                group by r.cohort_month, r.churn_month
                having sum(r.customers) <> 0""".formatted(segment == null ? "" : "and r.segment = :segment") : """
                select extract(year from c.customer_since) as since_year, extract(month from c.customer_since) as since_month,
                       extract(year from c.churned_at) as churn_year, extract(month from c.churned_at) as churn_month,
                       count(*) as customers
                from customer c
                where c.customer_since >= :first and c.customer_since <= :last %s
                group by extract(year from c.customer_since), extract(month from c.customer_since),
                         extract(year from c.churned_at), extract(month from c.churned_at)"""
                .formatted(segment == null ? "" : "and c.segment = :segment");
        var statement = jdbc.sql(sql).param("first", first.atDay(1)).param("last", last.atEndOfMonth());
        if (segment != null) {
            statement = statement.param("segment", segment);
        }
        Map<YearMonth, Map<YearMonth, Long>> counts = new HashMap<>();
        statement.query(rs -> {
            var cohort = YearMonth.of(rs.getInt("since_year"), rs.getInt("since_month"));
            var churnYear = rs.getInt("churn_year");
            var churnMonth = rs.wasNull() ? null : YearMonth.of(churnYear, rs.getInt("churn_month"));
            counts.computeIfAbsent(cohort, c -> new HashMap<>()).merge(churnMonth, rs.getLong("customers"), Long::sum);
        });
        return counts;
    }

    record CustomerFigures(Churn churn, Retention retention) {
    }

    /** One part of a series: its churn, and how many of the customers at its start were still active at its end. */
    record PartFigures(Churn churn, long kept) {

        /** 100 × kept / customers at the start: retention as docs/metrics.md defines it; null without customers. */
        Double retentionRate() {
            var atStart = churn.customersAtStart();
            return atStart == 0 ? null : 100.0 * kept / atStart;
        }
    }
}
