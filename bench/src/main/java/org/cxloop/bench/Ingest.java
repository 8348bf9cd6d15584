package org.cxloop.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * Ingestion rates on a database made by {@link Generate}: the response API ({@code POST /api/v1/responses}, from
 * {@code threads} concurrent clients) against raw JDBC single-row inserts into the same table from as many
 * connections, and the CSV import ({@code POST /api/v1/imports/responses}) against PostgreSQL COPY of the same rows.
 * Every row it writes is removed again at the end (the COPY baseline is rolled back). Usage:
 * {@code Ingest <base-url> <api-key> <jdbc-url> <csv-rows> [api-rows=20000] [threads=8]}.
 */
public final class Ingest {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");
    private static final String MARK = "bench-ingest";

    record Row(String customer, long customerId, String touchpoint, long touchpointId, String type, int score, Instant at) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("Usage: Ingest <base-url> <api-key> <jdbc-url> <csv-rows> [api-rows=20000] [threads=8]");
            System.exit(2);
        }
        var base = args[0];
        var key = args[1];
        var csvRows = Integer.parseInt(args[3]);
        var apiRows = args.length > 4 ? Integer.parseInt(args[4]) : 20_000;
        var threads = args.length > 5 ? Integer.parseInt(args[5]) : 8;
        try (var db = DriverManager.getConnection(args[2], "postgres", "")) {
            var rows = rows(db, Math.max(csvRows, apiRows));
            var copy = copy(db, rows.subList(0, csvRows));
            var jdbc = singleInserts(args[2], rows.subList(0, apiRows), threads);
            cleanUp(db);
            var api = apiPosts(base, key, rows.subList(0, apiRows), threads);
            cleanUp(db);
            var csv = csvImport(base, key, rows.subList(0, csvRows));
            cleanUp(db);
            System.out.printf("%-44s | %12s | %s%n", "path", "rows/s", "latency per row");
            System.out.printf("%-44s | %,12.0f | %s%n", "JDBC single-row inserts, " + threads + " connections", jdbc.rate(), jdbc.latencies().summary());
            System.out.printf("%-44s | %,12.0f | %s%n", "POST /api/v1/responses, " + threads + " clients", api.rate(), api.latencies().summary());
            System.out.printf("%-44s | %,12.0f |%n", "COPY (baseline), " + csvRows + " rows", copy);
            System.out.printf("%-44s | %,12.0f | %.1f s for %,d rows%n", "CSV import (POST /api/v1/imports/responses)", csv,
                    csvRows / csv, csvRows);
            System.out.printf("API / JDBC single-row: %.0f %%   CSV import / COPY: %.0f %%%n", 100 * api.rate() / jdbc.rate(),
                    100 * csv / copy);
        }
    }

    record Run(double rate, Latencies latencies) {
    }

    private static List<Row> rows(Connection db, int count) throws Exception {
        List<String[]> customers = new ArrayList<>();
        try (var rs = db.createStatement().executeQuery("select id, external_id from customer where external_id like 'BENCH-%'")) {
            while (rs.next()) {
                customers.add(new String[] {rs.getString(2), Long.toString(rs.getLong(1))});
            }
        }
        Map<String, Long> touchpoints = new HashMap<>();
        try (var rs = db.createStatement().executeQuery("select code, id from touchpoint")) {
            while (rs.next()) {
                touchpoints.put(rs.getString(1), rs.getLong(2));
            }
        }
        var codes = touchpoints.keySet().stream().sorted().toList();
        var random = new SplittableRandom(7);
        var rows = new ArrayList<Row>(count);
        var from = Instant.parse("2026-10-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < count; i++) {
            var customer = customers.get(random.nextInt(customers.size()));
            var code = codes.get(random.nextInt(codes.size()));
            var type = switch (random.nextInt(3)) { case 0 -> "NPS"; case 1 -> "CSAT"; default -> "CES"; };
            var score = 1 + random.nextInt(type.equals("NPS") ? 10 : type.equals("CSAT") ? 5 : 7);
            rows.add(new Row(customer[0], Long.parseLong(customer[1]), code, touchpoints.get(code), type, score,
                    Instant.ofEpochSecond(from + random.nextInt(30 * 86400))));
        }
        return rows;
    }

    /** COPY of the rows in one transaction, rolled back afterwards; rows per second up to the end of the COPY. */
    private static double copy(Connection db, List<Row> rows) throws Exception {
        db.setAutoCommit(false);
        var text = new StringBuilder(rows.size() * 80);
        for (var row : rows) {
            text.append(row.customerId()).append('\t').append(row.touchpointId()).append('\t').append(row.type()).append('\t')
                    .append(row.score()).append('\t').append(MARK).append('\t').append(row.at()).append("\tIMPORT\t")
                    .append(Instant.now()).append('\n');
        }
        var bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        var started = System.nanoTime();
        db.unwrap(PGConnection.class).getCopyAPI().copyIn("copy survey_response (customer_id, touchpoint_id, survey_type,"
                + " score, comment, responded_at, source, created_at) from stdin", new java.io.ByteArrayInputStream(bytes));
        var seconds = (System.nanoTime() - started) / 1e9;
        db.rollback();
        db.setAutoCommit(true);
        return rows.size() / seconds;
    }

    private static Run singleInserts(String url, List<Row> rows, int threads) throws Exception {
        var latencies = new Latencies(rows.size());
        var next = new AtomicInteger();
        var started = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    try (var db = DriverManager.getConnection(url, "postgres", "");
                         var insert = db.prepareStatement("insert into survey_response (customer_id, touchpoint_id,"
                                 + " survey_type, score, comment, responded_at, source, created_at) values (?, ?, ?, ?, ?, ?, 'API', ?)")) {
                        for (int i; (i = next.getAndIncrement()) < rows.size(); ) {
                            var row = rows.get(i);
                            var t0 = System.nanoTime();
                            insert.setLong(1, row.customerId());
                            insert.setLong(2, row.touchpointId());
                            insert.setString(3, row.type());
                            insert.setInt(4, row.score());
                            insert.setString(5, MARK);
                            insert.setTimestamp(6, Timestamp.from(row.at()));
                            insert.setTimestamp(7, Timestamp.from(Instant.now()));
                            insert.executeUpdate();
                            synchronized (latencies) {
                                latencies.add(System.nanoTime() - t0);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (var f : done) {
                f.get();
            }
        }
        return new Run(rows.size() / ((System.nanoTime() - started) / 1e9), latencies);
    }

    private static Run apiPosts(String base, String key, List<Row> rows, int threads) throws Exception {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var latencies = new Latencies(rows.size());
        var next = new AtomicInteger();
        var started = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < rows.size(); ) {
                        var row = rows.get(i);
                        var body = "{\"customerExternalId\":\"%s\",\"touchpoint\":\"%s\",\"surveyType\":\"%s\",\"score\":%d,\"comment\":\"%s\",\"respondedAt\":\"%s\"}"
                                .formatted(row.customer(), row.touchpoint(), row.type(), row.score(), MARK, row.at());
                        var t0 = System.nanoTime();
                        var response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/responses"))
                                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 201) {
                            throw new IllegalStateException("POST answered " + response.statusCode() + ": " + response.body());
                        }
                        synchronized (latencies) {
                            latencies.add(System.nanoTime() - t0);
                        }
                    }
                    return null;
                }));
            }
            for (var f : done) {
                f.get();
            }
        }
        return new Run(rows.size() / ((System.nanoTime() - started) / 1e9), latencies);
    }

    private static double csvImport(String base, String key, List<Row> rows) throws Exception {
        var csv = new StringBuilder("customer_external_id,touchpoint,survey_type,score,comment,responded_at\n");
        for (var row : rows) {
            csv.append(row.customer()).append(',').append(row.touchpoint()).append(',').append(row.type()).append(',')
                    .append(row.score()).append(',').append(MARK).append(',').append(row.at()).append('\n');
        }
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var started = System.nanoTime();
        var posted = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/imports/responses"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(), HttpResponse.BodyHandlers.ofString());
        var id = ID.matcher(posted.body());
        if (posted.statusCode() != 202 || !id.find()) {
            throw new IllegalStateException("CSV import answered " + posted.statusCode() + ": " + posted.body());
        }
        while (true) {
            Thread.sleep(100);
            var state = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/imports/" + id.group(1)))
                    .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofString()).body();
            var status = STATUS.matcher(state);
            if (status.find() && status.group(1).equals("DONE")) {
                var seconds = (System.nanoTime() - started) / 1e9;
                if (!state.contains("\"accepted\":" + rows.size())) {
                    throw new IllegalStateException("The import did not accept every row: " + state.substring(0, Math.min(400, state.length())));
                }
                return rows.size() / seconds;
            }
            if (status.find(0) && status.group(1).equals("FAILED")) {
                throw new IllegalStateException("The import failed: " + state);
            }
        }
    }

    private static void cleanUp(Connection db) throws Exception {
        // Detractors' answers through the API open follow-up cases: those go first.
        var cases = "select id from follow_up_case where response_id in (select id from survey_response where comment = '" + MARK + "')";
        db.createStatement().executeUpdate("delete from follow_up_mail where case_id in (" + cases + ")");
        db.createStatement().executeUpdate("delete from follow_up_case_event where case_id in (" + cases + ")");
        db.createStatement().executeUpdate("delete from follow_up_case where id in (" + cases + ")");
        db.createStatement().executeUpdate("delete from survey_response where comment = '" + MARK + "'");
    }
}
