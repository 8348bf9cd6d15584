package org.cxloop.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Benchmark 1: answers through the public survey page. Makes invitations in bulk (a survey, campaigns to the data
 * set's customers, one invitation each, marked sent) and computes each link's token as CX Loop does, with the
 * installation's signing secret (CX Loop must run with the same CX_SURVEY_SIGNING_SECRET). Then {@code clients}
 * concurrent clients each open a link ({@code GET /s/{token}}) and answer it ({@code POST /s/{token}}, score and
 * comment) as a customer's browser would: token check, the answer stored with everything CX Loop does on an
 * answer. Baseline in the same run: raw JDBC single-row inserts of as many rows into {@code survey_response} from as
 * many connections. Every row and invitation it makes is removed again. Usage:
 * {@code Respond <base-url> <jdbc-url> <signing-secret> [answers=10000] [clients=16] [warm-up=1000]}.
 */
public final class Respond {

    private static final String SURVEY = "Bench respond survey";
    private static final String MARK = "bench-respond";

    record Link(long invitationId, long customerId, long touchpointId, String token, int score) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("Usage: Respond <base-url> <jdbc-url> <signing-secret> [answers=10000] [clients=16] [warm-up=1000]");
            System.exit(2);
        }
        var base = args[0];
        var url = args[1];
        var secret = args[2].getBytes(StandardCharsets.UTF_8);
        var answers = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
        var clients = args.length > 4 ? Integer.parseInt(args[4]) : 16;
        var warmUp = args.length > 5 ? Integer.parseInt(args[5]) : 1_000;
        var appPid = Long.getLong("bench.app.pid", 0L);
        try (var db = DriverManager.getConnection(url, "postgres", "")) {
            cleanUp(db);
            var links = invitations(db, secret, warmUp + answers);
            System.out.printf("== %,d invitations made; warm-up %,d answers, then %,d answers from %d clients (load %s)%n",
                    links.size(), warmUp, answers, clients, Load.now());
            answer(base, links.subList(0, warmUp), clients);
            var jdbcLoad = Load.now();
            var jdbcCpu = Cpu.now(appPid);
            var jdbc = singleInserts(url, links.subList(warmUp, warmUp + answers), clients);
            jdbcCpu = Cpu.now(appPid).since(jdbcCpu);
            db.createStatement().executeUpdate("delete from survey_response where comment = '" + MARK + "'");
            var pageLoad = Load.now();
            var pageCpu = Cpu.now(appPid);
            var page = answer(base, links.subList(warmUp, warmUp + answers), clients);
            pageCpu = Cpu.now(appPid).since(pageCpu);
            var endLoad = Load.now();
            var stored = count(db, "select count(*) from survey_response r join invitation i on i.id = r.invitation_id"
                    + " join campaign k on k.id = i.campaign_id join survey s on s.id = k.survey_id where s.name = '" + SURVEY + "'");
            var answered = count(db, "select count(*) from invitation i join campaign k on k.id = i.campaign_id"
                    + " join survey s on s.id = k.survey_id where s.name = '" + SURVEY + "' and i.status = 'ANSWERED'");
            cleanUp(db);
            System.out.printf("%-50s | %10s | %s%n", "path", "answers/s", "latency");
            System.out.printf("%-50s | %,10.0f | %s (load %s)%n", "JDBC single-row inserts, " + clients + " connections",
                    jdbc.rate(), jdbc.post().summary(), jdbcLoad);
            System.out.printf("%-50s | %,10.0f | POST %s; GET %s (load %s -> %s)%n",
                    "GET + POST /s/{token}, " + clients + " clients", page.rate(), page.post().summary(),
                    page.get().summary(), pageLoad, endLoad);
            System.out.printf("public answers / JDBC single-row: %.0f %%%n", 100 * page.rate() / jdbc.rate());
            System.out.printf("JDBC single-row inserts: %s%n", jdbcCpu.perUnit(answers));
            System.out.printf("GET + POST /s/{token}:   %s%n", pageCpu.perUnit(answers));
            System.out.printf("(%d cores: at most %,.0f answers/s if CPU were the only limit; PostgreSQL's figure includes other"
                    + " databases on the server)%n", Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().availableProcessors() / ((pageCpu.app() + pageCpu.postgres() + pageCpu.client()) / answers));
            System.out.printf("check: %,d answers posted (with warm-up %,d), %,d stored, %,d invitations answered%n",
                    answers, warmUp + answers, stored, answered);
            if (stored != warmUp + answers || answered != warmUp + answers) {
                System.out.println("NOT every answer was stored exactly once");
                System.exit(1);
            }
        }
    }

    record Run(double rate, Latencies post, Latencies get) {
    }

    /** One survey, as many campaigns as needed (one invitation per customer each), every invitation sent. */
    private static List<Link> invitations(Connection db, byte[] secret, int count) throws Exception {
        var touchpoint = count(db, "select min(id) from touchpoint");
        var customers = count(db, "select count(*) from customer");
        try (var st = db.createStatement()) {
            st.executeUpdate("""
                    insert into survey (name, survey_type, question_en, question_es, comment_prompt_en, comment_prompt_es, created_at)
                    values ('%s', 'NPS', 'How likely are you to recommend us?', '¿Nos recomendarías?', 'Why?', '¿Por qué?', now())"""
                    .formatted(SURVEY));
            var survey = count(db, "select max(id) from survey where name = '" + SURVEY + "'");
            for (var made = 0L; made < count; made += customers) {
                st.executeUpdate("""
                        insert into campaign (name, survey_id, touchpoint_id, audience, reminders, reminder_interval_hours,
                            link_validity_days, follow_up, status, created_at, launched_at)
                        values ('Bench respond', %d, %d, 'EVERYONE', 0, 72, 14, true, 'LAUNCHED', now(), now())"""
                        .formatted(survey, touchpoint));
                var campaign = count(db, "select max(id) from campaign");
                st.executeUpdate("""
                        insert into invitation (campaign_id, customer_id, token_nonce, locale, status, created_at, send_after,
                            sent_at, expires_at)
                        select %d, id, cast(gen_random_uuid() as varchar(36)), locale, 'SENT', now(), now(), now(),
                            now() + interval '14 days'
                        from customer order by id limit %d""".formatted(campaign, Math.min(customers, count - made)));
            }
            st.execute("analyze invitation");
        }
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        var random = new SplittableRandom(11);
        var links = new ArrayList<Link>(count);
        try (var rs = db.createStatement().executeQuery("""
                select i.id, i.customer_id, k.touchpoint_id, i.token_nonce from invitation i join campaign k on k.id = i.campaign_id
                join survey s on s.id = k.survey_id where s.name = '%s' order by i.id""".formatted(SURVEY))) {
            while (rs.next()) {
                var id = rs.getLong(1);
                var digest = mac.doFinal(("invitation:" + id + ":" + rs.getString(4)).getBytes(StandardCharsets.UTF_8));
                var token = id + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
                links.add(new Link(id, rs.getLong(2), rs.getLong(3), token, random.nextInt(11)));
            }
        }
        return links;
    }

    private static Run answer(String base, List<Link> links, int clients) throws Exception {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        var posts = new Latencies(links.size());
        var gets = new Latencies(links.size());
        var next = new AtomicInteger();
        var started = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < clients; t++) {
                done.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < links.size(); ) {
                        var link = links.get(i);
                        var uri = URI.create(base + "/s/" + link.token());
                        var t0 = System.nanoTime();
                        var page = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
                        var t1 = System.nanoTime();
                        if (page.statusCode() != 200 || !page.body().contains("name=\"score\"")) {
                            throw new IllegalStateException("GET " + uri + " answered " + page.statusCode());
                        }
                        var posted = http.send(HttpRequest.newBuilder(uri)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("score=" + link.score() + "&comment=Bench+answer+" + i))
                                .build(), HttpResponse.BodyHandlers.ofString());
                        var t2 = System.nanoTime();
                        if (posted.statusCode() != 302 || !posted.headers().firstValue("Location").orElse("").endsWith("/thanks")) {
                            throw new IllegalStateException("POST " + uri + " answered " + posted.statusCode());
                        }
                        synchronized (posts) {
                            gets.add(t1 - t0);
                            posts.add(t2 - t1);
                        }
                    }
                    return null;
                }));
            }
            for (var f : done) {
                f.get();
            }
        }
        return new Run(links.size() / ((System.nanoTime() - started) / 1e9), posts, gets);
    }

    private static Run singleInserts(String url, List<Link> links, int connections) throws Exception {
        var latencies = new Latencies(links.size());
        var next = new AtomicInteger();
        var started = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(connections)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < connections; t++) {
                done.add(pool.submit(() -> {
                    try (var db = DriverManager.getConnection(url, "postgres", "");
                         var insert = db.prepareStatement("insert into survey_response (customer_id, touchpoint_id,"
                                 + " survey_type, score, comment, responded_at, source, created_at) values (?, ?, 'NPS', ?, ?, ?, 'EMAIL', ?)")) {
                        for (int i; (i = next.getAndIncrement()) < links.size(); ) {
                            var link = links.get(i);
                            var t0 = System.nanoTime();
                            var now = Timestamp.from(Instant.now());
                            insert.setLong(1, link.customerId());
                            insert.setLong(2, link.touchpointId());
                            insert.setInt(3, link.score());
                            insert.setString(4, MARK);
                            insert.setTimestamp(5, now);
                            insert.setTimestamp(6, now);
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
        return new Run(links.size() / ((System.nanoTime() - started) / 1e9), latencies, latencies);
    }

    private static void cleanUp(Connection db) throws Exception {
        var campaigns = "select k.id from campaign k join survey s on s.id = k.survey_id where s.name = '" + SURVEY + "'";
        try (var st = db.createStatement()) {
            var responses = "select id from survey_response where comment = '" + MARK + "' or invitation_id in"
                    + " (select id from invitation where campaign_id in (" + campaigns + "))";
            var cases = "select id from follow_up_case where response_id in (" + responses + ")";
            st.executeUpdate("delete from follow_up_mail where case_id in (" + cases + ")");
            st.executeUpdate("delete from follow_up_case_event where case_id in (" + cases + ")");
            st.executeUpdate("delete from follow_up_case where id in (" + cases + ")");
            st.executeUpdate("delete from survey_response where id in (" + responses + ")");
            st.executeUpdate("delete from mail_outbox where invitation_id in (select id from invitation where campaign_id in ("
                    + campaigns + "))");
            st.executeUpdate("delete from invitation where campaign_id in (" + campaigns + ")");
            st.executeUpdate("delete from campaign where id in (" + campaigns + ")");
            st.executeUpdate("delete from survey where name = '" + SURVEY + "'");
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        try (var rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
