package org.cxloop.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Times every metrics API call, one after another from this separate JVM, against the plain SQL aggregate that
 * answers the same question straight from the rows (survey answers or customers), run as often on the same
 * database. Usage: {@code Dashboard <base-url> <api-key> <jdbc-url> [repeat=30] [end=2026-10-31]}. The year is the
 * 12 months up to {@code end}, the month its last month.
 */
public final class Dashboard {

    private static final String SURVEY_COUNTS = """
            count(*) filter (where e.survey_type = 'NPS'), count(*) filter (where e.survey_type = 'NPS' and e.score >= 9),
            count(*) filter (where e.survey_type = 'NPS' and e.score <= 6), count(*) filter (where e.survey_type = 'CSAT'),
            count(*) filter (where e.survey_type = 'CSAT' and e.score >= 4), count(*) filter (where e.survey_type = 'CES'),
            sum(e.score) filter (where e.survey_type = 'CES'), sum(e.score * e.score) filter (where e.survey_type = 'CES'),
            count(*) filter (where e.survey_type = 'CES' and e.score >= 5)""";
    private static final String SURVEY_ROWS = """
             from survey_response e join touchpoint t on t.id = e.touchpoint_id join journey_stage s on s.id = t.stage_id
             join customer c on c.id = e.customer_id where e.responded_at >= '%s' and e.responded_at < '%s'""";

    record Case(String name, String path, String baseline) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("Usage: Dashboard <base-url> <api-key> <jdbc-url> [repeat=30] [end=2026-10-31]");
            System.exit(2);
        }
        var repeat = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        var end = args.length > 4 ? LocalDate.parse(args[4]) : LocalDate.of(2026, 10, 31);
        var http = HttpClient.newHttpClient();
        try (var db = DriverManager.getConnection(args[2], "postgres", "")) {
            System.out.printf("%-34s | %-40s | %-40s | %s%n", "call", "API", "plain SQL", "API p95 / SQL p95");
            for (var c : cases(end)) {
                var api = new Latencies(repeat);
                var sql = new Latencies(repeat);
                for (int i = 0; i < repeat + 3; i++) {
                    var t = System.nanoTime();
                    call(http, args[0] + c.path(), args[1]);
                    var apiNanos = System.nanoTime() - t;
                    t = System.nanoTime();
                    query(db, c.baseline());
                    var sqlNanos = System.nanoTime() - t;
                    if (i >= 3) {
                        api.add(apiNanos);
                        sql.add(sqlNanos);
                    }
                }
                System.out.printf("%-34s | %s | %s | %.2f%n", c.name(), api.summary(), sql.summary(),
                        api.percentile(95) / sql.percentile(95));
            }
        }
    }

    static List<Case> cases(LocalDate end) {
        var from = end.plusDays(1).minusMonths(12);
        var monthFrom = end.withDayOfMonth(1);
        var year = "from=" + from + "&to=" + end;
        var yearRows = SURVEY_ROWS.formatted(from, end.plusDays(1));
        var monthRows = SURVEY_ROWS.formatted(monthFrom, end.plusDays(1));
        var lastMonth = YearMonth.from(end);
        var cohortsFrom = lastMonth.minusMonths(23);
        return List.of(
                new Case("overview, 12 months", "/api/v1/metrics?" + year, "select " + SURVEY_COUNTS + yearRows),
                new Case("overview, 1 month", "/api/v1/metrics?from=" + monthFrom + "&to=" + end,
                        "select " + SURVEY_COUNTS + monthRows),
                new Case("overview, 12 months, touchpoint", "/api/v1/metrics?" + year + "&touchpoint=tp-03",
                        "select " + SURVEY_COUNTS + yearRows + " and t.code = 'tp-03'"),
                new Case("overview, 12 months, segment", "/api/v1/metrics?" + year + "&segment=smb",
                        "select " + SURVEY_COUNTS + yearRows + " and c.segment = 'smb'"),
                new Case("overview, 12 months, stage+channel", "/api/v1/metrics?" + year + "&stage=support&channel=PHONE",
                        "select " + SURVEY_COUNTS + yearRows + " and s.code = 'support' and t.channel = 'PHONE'"),
                new Case("breakdown by touchpoint", "/api/v1/metrics/breakdown?by=touchpoint&" + year,
                        "select t.code, " + SURVEY_COUNTS + yearRows + " group by t.code"),
                new Case("breakdown by segment", "/api/v1/metrics/breakdown?by=segment&" + year,
                        "select c.segment, " + SURVEY_COUNTS + yearRows + " group by c.segment"),
                new Case("breakdown by stage, channel=WEB", "/api/v1/metrics/breakdown?by=stage&" + year + "&channel=WEB",
                        "select s.code, " + SURVEY_COUNTS + yearRows + " and t.channel = 'WEB' group by s.code"),
                new Case("drivers", "/api/v1/metrics/drivers?" + year,
                        "select t.code, " + SURVEY_COUNTS + yearRows + " group by t.code"),
                new Case("trend NPS by week", "/api/v1/metrics/timeseries?metric=nps&granularity=week&" + year,
                        "select date_trunc('week', e.responded_at at time zone 'UTC'), " + SURVEY_COUNTS + yearRows + " group by 1"),
                new Case("trend CSAT by month, segment", "/api/v1/metrics/timeseries?metric=csat&granularity=month&" + year
                        + "&segment=enterprise", "select date_trunc('month', e.responded_at at time zone 'UTC'), "
                        + SURVEY_COUNTS + yearRows + " and c.segment = 'enterprise' group by 1"),
                new Case("trend churn by month", "/api/v1/metrics/timeseries?metric=churn&granularity=month&" + year, """
                        select m, count(*) filter (where c.customer_since < m and (c.churned_at is null or c.churned_at >= m)),
                               count(*) filter (where c.customer_since < m and c.churned_at >= m
                                                and c.churned_at < m + interval '1 month')
                        from customer c cross join generate_series(date '%s', date '%s', interval '1 month') m group by m"""
                        .formatted(from, monthFrom)),
                new Case("cohorts, 24 months", "/api/v1/metrics/cohorts?from=" + cohortsFrom + "&to=" + lastMonth, """
                        select date_trunc('month', customer_since), date_trunc('month', churned_at), count(*) from customer
                        where customer_since >= date '%s' and customer_since <= date '%s' group by 1, 2"""
                        .formatted(cohortsFrom.atDay(1), end)));
    }

    private static void call(HttpClient http, String url, String key) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + key).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static void query(Connection db, String sql) throws Exception {
        try (var rs = db.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                rs.getObject(1);
            }
        }
    }
}
