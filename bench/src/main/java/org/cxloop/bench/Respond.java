package org.cxloop.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
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
 * installation's signing secret (CX Loop must run with the same CX_SURVEY_SIGNING_SECRET). After a warm-up (this
 * JVM's HTTP client opens and answers {@code warm-up} links), three timed runs of {@code seconds} each, from
 * {@code clients} concurrent connections:
 * <ol>
 * <li>the baseline: raw JDBC single-row inserts into {@code survey_response};</li>
 * <li>the least SQL a single-use link needs, from JDBC: per link one transaction that reads the invitation (its nonce,
 * to check the token's signature, and whether it is still open), claims it and inserts the answer. No HTTP, no
 * comment analysis, follow-up case or reminder: the floor under any implementation of the public answer, measured
 * so that the ratio can be read against what is possible at all;</li>
 * <li>wrk opening each link ({@code GET /s/{token}}, the survey page) and answering it ({@code POST /s/{token}},
 * score and comment) as a customer's browser would: token check, the answer stored with everything CX Loop does on
 * an answer;</li>
 * <li>wrk answering links the customers opened earlier ({@code POST} only: the opening is done beforehand in SQL, as
 * the page's GET does it, because it happened minutes or days before the answer).</li>
 * </ol>
 * Scores follow the data set's NPS distribution ({@link Generate#score}: a quarter are detractors, and each of those
 * opens a follow-up case under the default rule). wrk (Debian package {@code wrk}, script {@code bench/respond.lua}) is the load client because its CPU cost per
 * request is close to the JDBC baseline's client; the JDK's HTTP client costs several times more and shares the same
 * cores. Every row and invitation it makes is removed again. Usage:
 * {@code Respond <base-url> <jdbc-url> <signing-secret> [seconds=30] [clients=16] [warm-up=3000]}, with
 * {@code -Dbench.wrk.script=bench/respond.lua}.
 */
public final class Respond {

    private static final String SURVEY = "Bench respond survey";
    private static final String MARK = "bench-respond";
    /** Links made per second of a timed run: more than the fastest path can answer, so that none runs out. */
    private static final int LINKS_PER_SECOND = 3_000;

    record Link(long invitationId, long customerId, long touchpointId, String token, int score) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("Usage: Respond <base-url> <jdbc-url> <signing-secret> [seconds=30] [clients=16] [warm-up=3000]");
            System.exit(2);
        }
        var base = args[0];
        var url = args[1];
        var secret = args[2].getBytes(StandardCharsets.UTF_8);
        var seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        var clients = args.length > 4 ? Integer.parseInt(args[4]) : 16;
        var warmUp = args.length > 5 ? Integer.parseInt(args[5]) : 3_000;
        var appPid = Long.getLong("bench.app.pid", 0L);
        var script = Path.of(System.getProperty("bench.wrk.script", "bench/respond.lua"));
        var capacity = seconds * LINKS_PER_SECOND;
        try (var db = DriverManager.getConnection(url, "postgres", "")) {
            cleanUp(db);
            var links = invitations(db, secret, warmUp + 3 * capacity);
            System.out.printf("== %,d invitations made; warm-up %,d answers, then three runs of %d s from %d clients (load %s)%n",
                    links.size(), warmUp, seconds, clients, Load.now());
            warmUp(base, links.subList(0, warmUp), clients);
            // Statistics for the tables the warm-up's answers grew (follow-up cases, analyses), as autovacuum gives a
            // production server: with autovacuum off (as on the CI machines here), foreign-key checks stay planned
            // for the empty tables the run started with and scan them whole.
            db.createStatement().execute("analyze follow_up_case, follow_up_case_event, follow_up_mail, comment_analysis,"
                    + " comment_topic, mail_outbox, invitation");

            var jdbcLoad = Load.now();
            var jdbcCpu = Cpu.now(appPid);
            var jdbc = singleInserts(url, links.subList(warmUp, warmUp + capacity), clients, seconds);
            jdbcCpu = Cpu.now(appPid).since(jdbcCpu);
            db.createStatement().executeUpdate("delete from survey_response where comment = '" + MARK + "'");

            var claimedLoad = Load.now();
            var claimedCpu = Cpu.now(appPid);
            var claimed = claimedInserts(url, secret, links.subList(warmUp + 2 * capacity, warmUp + 3 * capacity), clients,
                    seconds);
            claimedCpu = Cpu.now(appPid).since(claimedCpu);

            var pageLoad = Load.now();
            var pageCpu = Cpu.now(appPid);
            var page = wrk(script, base, links.subList(warmUp, warmUp + capacity), "open-answer", clients, seconds);
            pageCpu = Cpu.now(appPid).since(pageCpu);
            var pageEndLoad = Load.now();

            var opened = links.subList(warmUp + capacity, warmUp + 2 * capacity);
            db.createStatement().executeUpdate("update invitation set status = 'OPENED', opened_at = now() where id between "
                    + opened.getFirst().invitationId() + " and " + opened.getLast().invitationId());
            var postLoad = Load.now();
            var postCpu = Cpu.now(appPid);
            var post = wrk(script, base, opened, "answer", clients, seconds);
            postCpu = Cpu.now(appPid).since(postCpu);
            var postEndLoad = Load.now();

            var stored = count(db, "select count(*) from survey_response r join invitation i on i.id = r.invitation_id"
                    + " join campaign k on k.id = i.campaign_id join survey s on s.id = k.survey_id where s.name = '" + SURVEY + "'");
            var answered = count(db, "select count(*) from invitation i join campaign k on k.id = i.campaign_id"
                    + " join survey s on s.id = k.survey_id where s.name = '" + SURVEY + "' and i.status = 'ANSWERED'");
            cleanUp(db);
            System.out.printf("%-46s | %9s | %s%n", "path", "answers/s", "latency");
            System.out.printf("%-46s | %,9.0f | %s (load %s)%n", "JDBC single-row inserts, " + clients + " connections",
                    jdbc.rate(), jdbc.latencies(), jdbcLoad);
            System.out.printf("%-46s | %,9.0f | %s (load %s)%n", "JDBC read + claim + insert, " + clients + " connections",
                    claimed.rate(), claimed.latencies(), claimedLoad);
            System.out.printf("%-46s | %,9.0f | GET and POST %s (load %s -> %s)%n", "GET + POST /s/{token}, " + clients
                    + " connections", page.rate(), page.latencies(), pageLoad, pageEndLoad);
            System.out.printf("%-46s | %,9.0f | POST %s (load %s -> %s)%n", "POST /s/{token} (opened before), " + clients
                    + " connections", post.rate(), post.latencies(), postLoad, postEndLoad);
            System.out.printf("public answers, GET + POST / JDBC single-row: %.0f %%%n", 100 * page.rate() / jdbc.rate());
            System.out.printf("answers to opened links, POST / JDBC single-row: %.0f %%%n", 100 * post.rate() / jdbc.rate());
            System.out.printf("least SQL of a single-use answer, read + claim + insert / JDBC single-row: %.0f %%%n",
                    100 * claimed.rate() / jdbc.rate());
            System.out.printf("answers to opened links, POST / read + claim + insert: %.0f %%%n", 100 * post.rate() / claimed.rate());
            System.out.printf("JDBC single-row inserts: %s%n", jdbcCpu.perUnit(jdbc.answers()));
            System.out.printf("JDBC read + claim + insert: %s%n", claimedCpu.perUnit(claimed.answers()));
            System.out.printf("GET + POST /s/{token}:   %s%n", pageCpu.perUnit(page.answers()));
            System.out.printf("POST /s/{token}:         %s%n", postCpu.perUnit(post.answers()));
            System.out.printf("(%d cores: GET + POST at most %,.0f answers/s, POST at most %,.0f, if CPU were the only limit;"
                    + " PostgreSQL's figure includes other databases on the server)%n", Runtime.getRuntime().availableProcessors(),
                    pageCpu.perSecondOnAllCores(page.answers()), postCpu.perSecondOnAllCores(post.answers()));
            var posted = warmUp + claimed.answers() + page.answers() + post.answers();
            System.out.printf("check: %,d answers posted (with warm-up), %,d stored, %,d invitations answered, %d bad answers%n",
                    posted, stored, answered, page.bad() + post.bad());
            // wrk stops mid-request at the end of a run: a POST it sent may be stored without its answer being counted.
            if (stored != answered || stored < posted || stored > posted + 2L * clients || page.bad() + post.bad() > 0) {
                System.out.println("NOT every answer was stored exactly once");
                System.exit(1);
            }
        }
    }

    /** A timed run: answers (or rows) completed, their rate, their latencies, and the answers refused. */
    record Run(long answers, double rate, String latencies, long bad) {
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
                links.add(new Link(id, rs.getLong(2), rs.getLong(3), token, Generate.score("NPS", random)));
            }
        }
        return links;
    }

    /** Opens and answers each link with this JVM's HTTP client, so that CX Loop's code is compiled before the runs. */
    private static void warmUp(String base, List<Link> links, int clients) throws Exception {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        var next = new AtomicInteger();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < clients; t++) {
                done.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < links.size(); ) {
                        var link = links.get(i);
                        var uri = URI.create(base + "/s/" + link.token());
                        var page = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
                        if (page.statusCode() != 200 || !page.body().contains("name=\"score\"")) {
                            throw new IllegalStateException("GET " + uri + " answered " + page.statusCode());
                        }
                        var posted = http.send(HttpRequest.newBuilder(uri)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("score=" + link.score() + "&comment=Bench+answer+" + i))
                                .build(), HttpResponse.BodyHandlers.ofString());
                        if (posted.statusCode() != 302 || !posted.headers().firstValue("Location").orElse("").endsWith("/thanks")) {
                            throw new IllegalStateException("POST " + uri + " answered " + posted.statusCode());
                        }
                    }
                    return null;
                }));
            }
            for (var f : done) {
                f.get();
            }
        }
    }

    /** Runs wrk with bench/respond.lua over the links for {@code seconds}, one connection per wrk thread. */
    private static Run wrk(Path script, String base, List<Link> links, String mode, int clients, int seconds) throws Exception {
        var file = Files.createTempFile("cx-bench-links", ".txt");
        try {
            Files.write(file, links.stream().map(link -> link.token() + " " + link.score()).toList());
            var process = new ProcessBuilder("wrk", "-t", Integer.toString(clients), "-c", Integer.toString(clients),
                    "-d", seconds + "s", "--timeout", "10s", "-s", script.toString(), base, "--", file.toString(), mode,
                    Integer.toString(clients))
                    .redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("wrk failed:\n" + output);
            }
            var line = output.lines().filter(l -> l.startsWith("WRK ")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("wrk printed no result:\n" + output));
            var values = new HashMap<String, Long>();
            for (var pair : line.substring(4).split(" ")) {
                var kv = pair.split("=");
                values.put(kv[0], Long.parseLong(kv[1]));
            }
            if (values.get("exhausted") > 0 || values.get("socket_errors") > 0) {
                throw new IllegalStateException("wrk ran out of links or lost connections: " + line);
            }
            var answers = values.get("posts");
            return new Run(answers, answers / (values.get("duration_us") / 1e6),
                    "p50 %7.1f  p95 %7.1f  p99 %7.1f ms".formatted(values.get("p50_us") / 1e3, values.get("p95_us") / 1e3,
                            values.get("p99_us") / 1e3), values.get("bad"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The baseline: each connection inserts rows one at a time, one per link, until {@code seconds} have passed. */
    private static Run singleInserts(String url, List<Link> links, int connections, int seconds) throws Exception {
        var latencies = new Latencies(links.size());
        var next = new AtomicInteger();
        var started = System.nanoTime();
        var stopAt = started + seconds * 1_000_000_000L;
        onConnections(url, connections, db -> {
            try (var insert = db.prepareStatement("insert into survey_response (customer_id, touchpoint_id,"
                    + " survey_type, score, comment, responded_at, source, created_at) values (?, ?, 'NPS', ?, ?, ?, 'EMAIL', ?)")) {
                // The baseline needs only a customer, a touchpoint and a score per row, so it goes round the links
                // again when it is faster than they were made for.
                while (System.nanoTime() < stopAt) {
                    var link = links.get(Math.floorMod(next.getAndIncrement(), links.size()));
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
        });
        return new Run(latencies.count(), latencies.count() / ((System.nanoTime() - started) / 1e9), latencies.summary(), 0);
    }

    /**
     * The floor of a public answer: each connection takes links one at a time and, in one transaction, reads the
     * invitation, checks the token's signature against its nonce, claims it if still open and inserts the answer, as
     * the product's SQL does at the least (JDBC, prepared statements, no HTTP and none of the reactions to an answer).
     */
    private static Run claimedInserts(String url, byte[] secret, List<Link> links, int connections, int seconds)
            throws Exception {
        var latencies = new Latencies(links.size());
        var next = new AtomicInteger();
        var started = System.nanoTime();
        var stopAt = started + seconds * 1_000_000_000L;
        onConnections(url, connections, db -> {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            try (var read = db.prepareStatement("select i.token_nonce, i.status, i.expires_at, i.customer_id,"
                    + " k.touchpoint_id from invitation i join campaign k on k.id = i.campaign_id where i.id = ?");
                 var claim = db.prepareStatement("update invitation set status = 'ANSWERED', answered_at = ?"
                         + " where id = ? and status in ('QUEUED', 'SENT', 'OPENED') and expires_at > ?");
                 var insert = db.prepareStatement("insert into survey_response (customer_id, touchpoint_id,"
                         + " survey_type, score, comment, responded_at, source, created_at, invitation_id)"
                         + " values (?, ?, 'NPS', ?, null, ?, 'EMAIL', ?, ?)")) {
                db.setAutoCommit(false);
                for (int i; System.nanoTime() < stopAt && (i = next.getAndIncrement()) < links.size(); ) {
                    var link = links.get(i);
                    var t0 = System.nanoTime();
                    var now = Timestamp.from(Instant.now());
                    read.setLong(1, link.invitationId());
                    long customer;
                    long touchpoint;
                    try (var rs = read.executeQuery()) {
                        if (!rs.next()) {
                            throw new IllegalStateException("invitation " + link.invitationId() + " is gone");
                        }
                        var digest = mac.doFinal(("invitation:" + link.invitationId() + ":" + rs.getString(1))
                                .getBytes(StandardCharsets.UTF_8));
                        var signature = Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
                        if (!link.token().endsWith("." + signature) || rs.getTimestamp(3).before(now)) {
                            throw new IllegalStateException("link " + link.invitationId() + " is not valid");
                        }
                        customer = rs.getLong(4);
                        touchpoint = rs.getLong(5);
                    }
                    claim.setTimestamp(1, now);
                    claim.setLong(2, link.invitationId());
                    claim.setTimestamp(3, now);
                    if (claim.executeUpdate() != 1) {
                        throw new IllegalStateException("link " + link.invitationId() + " was answered before");
                    }
                    insert.setLong(1, customer);
                    insert.setLong(2, touchpoint);
                    insert.setInt(3, link.score());
                    insert.setTimestamp(4, now);
                    insert.setTimestamp(5, now);
                    insert.setLong(6, link.invitationId());
                    insert.executeUpdate();
                    db.commit();
                    synchronized (latencies) {
                        latencies.add(System.nanoTime() - t0);
                    }
                }
            }
        });
        if (next.get() >= links.size()) {
            throw new IllegalStateException("the read + claim + insert run ran out of links");
        }
        return new Run(latencies.count(), latencies.count() / ((System.nanoTime() - started) / 1e9), latencies.summary(), 0);
    }

    /** What one connection of a timed JDBC run does, until the run's time is up. */
    private interface ConnectionWork {
        void run(Connection db) throws Exception;
    }

    /** Runs the work on as many connections at once, each on a thread of its own, and waits for all of them. */
    private static void onConnections(String url, int connections, ConnectionWork work) throws Exception {
        try (var pool = Executors.newFixedThreadPool(connections)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < connections; t++) {
                done.add(pool.submit(() -> {
                    try (var db = DriverManager.getConnection(url, "postgres", "")) {
                        work.run(db);
                    }
                    return null;
                }));
            }
            for (var f : done) {
                f.get();
            }
        }
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
