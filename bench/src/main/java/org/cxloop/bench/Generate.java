package org.cxloop.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Fills a migrated CX Loop database with a realistic, reproducible data set by PostgreSQL COPY: 5 journey stages,
 * 20 touchpoints on every channel, customers who joined over the two years before {@code end} in four segments
 * (about a third of them churned since), survey answers over the last {@code months} months (NPS, CSAT and CES with
 * skewed scores, some with comments) and half as many support interactions. Usage:
 * {@code Generate <jdbc-url> <customers> <responses> [months=12] [end=2026-10-31] [seed=42]}. It empties those tables
 * first.
 */
public final class Generate {

    private static final String[] STAGES = {"discover", "onboard", "use", "support", "renew"};
    private static final String[] CHANNELS = {"WEB", "EMAIL", "PHONE", "STORE", "CHAT", "SOCIAL", "APP"};
    private static final String[] SEGMENTS = {"consumer", "consumer", "consumer", "consumer", "consumer", "consumer",
            "smb", "smb", "smb", "enterprise", "enterprise", null};
    private static final String[] COMMENTS = {"Quick and friendly", "Took too long", "The app keeps logging me out",
            "Great help from the store staff", "Hard to find the invoice", "Everything worked"};
    private static final int TOUCHPOINTS = 20;
    private static final int CHUNK = 8 << 20;

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("Usage: Generate <jdbc-url> <customers> <responses> [months=12] [end=2026-10-31] [seed=42]");
            System.exit(2);
        }
        var customers = Integer.parseInt(args[1]);
        var responses = Integer.parseInt(args[2]);
        var months = args.length > 3 ? Integer.parseInt(args[3]) : 12;
        var end = args.length > 4 ? LocalDate.parse(args[4]) : LocalDate.of(2026, 10, 31);
        var random = new SplittableRandom(args.length > 5 ? Long.parseLong(args[5]) : 42);
        try (var db = DriverManager.getConnection(args[0], "postgres", "")) {
            var started = System.nanoTime();
            reset(db);
            journey(db);
            var touchpoints = ids(db, "select id from touchpoint order by id");
            copyCustomers(db, customers, end, random);
            var customerIds = ids(db, "select id from customer order by id");
            var firstDay = end.plusDays(1).minusMonths(months);
            var t = System.nanoTime();
            copyResponses(db, responses, customerIds, touchpoints, firstDay, end, random);
            var responseSeconds = (System.nanoTime() - t) / 1e9;
            copyInteractions(db, responses / 2, customerIds, touchpoints, firstDay, end, random);
            db.createStatement().execute("vacuum analyze");
            System.out.printf("generated %,d customers, %,d responses (%s..%s), %,d interactions in %.1f s"
                            + " (responses COPY %.1f s, %,.0f rows/s)%n", customers, responses, firstDay, end,
                    responses / 2, (System.nanoTime() - started) / 1e9, responseSeconds, responses / responseSeconds);
        }
    }

    private static void reset(Connection db) throws SQLException {
        db.createStatement().execute("truncate survey_response, interaction, mail_outbox, invitation, invitation_skip,"
                + " campaign, customer, touchpoint, journey_stage restart identity cascade");
    }

    private static void journey(Connection db) throws SQLException {
        for (int i = 0; i < STAGES.length; i++) {
            db.createStatement().execute("insert into journey_stage (code, name, position) values ('%s', '%s', %d)"
                    .formatted(STAGES[i], STAGES[i], i + 1));
        }
        for (int i = 0; i < TOUCHPOINTS; i++) {
            db.createStatement().execute("""
                    insert into touchpoint (code, name, channel, stage_id)
                    select 'tp-%02d', 'Touchpoint %d', '%s', id from journey_stage where code = '%s'"""
                    .formatted(i, i, CHANNELS[i % CHANNELS.length], STAGES[i % STAGES.length]));
        }
    }

    private static void copyCustomers(Connection db, int count, LocalDate end, SplittableRandom random) throws Exception {
        var first = end.minusMonths(24).plusDays(1);
        var days = (int) (end.toEpochDay() - first.toEpochDay()) + 1;
        try (var copy = new Copy(db, "customer (external_id, name, email, locale, segment, customer_since, churned_at,"
                + " marketing_consent, survey_opt_out, created_at, updated_at)")) {
            for (int i = 0; i < count; i++) {
                var since = first.plusDays(random.nextInt(days));
                var left = (int) (end.toEpochDay() - since.toEpochDay());
                var churned = random.nextInt(3) == 0 && left > 0 ? since.plusDays(1 + random.nextInt(left)) : null;
                var segment = SEGMENTS[random.nextInt(SEGMENTS.length)];
                copy.row("BENCH-%07d".formatted(i), "Customer " + i, "customer" + i + "@example.com",
                        random.nextInt(4) == 0 ? "es" : "en", segment, since.toString(),
                        churned == null ? null : churned.toString(), "f", random.nextInt(50) == 0 ? "t" : "f",
                        "2026-11-01 00:00:00+00", "2026-11-01 00:00:00+00");
            }
        }
    }

    private static void copyResponses(Connection db, int count, long[] customers, long[] touchpoints, LocalDate first,
            LocalDate end, SplittableRandom random) throws Exception {
        var from = first.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        var span = end.plusDays(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) - from;
        try (var copy = new Copy(db, "survey_response (customer_id, touchpoint_id, survey_type, score, comment,"
                + " responded_at, source, created_at)")) {
            for (int i = 0; i < count; i++) {
                var kind = random.nextInt(10);
                var type = kind < 5 ? "NPS" : kind < 8 ? "CSAT" : "CES";
                var at = timestamp(from + random.nextLong(span));
                copy.row(Long.toString(customers[random.nextInt(customers.length)]),
                        Long.toString(touchpoints[skewed(random, touchpoints.length)]), type,
                        Integer.toString(score(type, random)),
                        random.nextInt(5) == 0 ? COMMENTS[random.nextInt(COMMENTS.length)] : null, at, "IMPORT", at);
            }
        }
    }

    private static void copyInteractions(Connection db, int count, long[] customers, long[] touchpoints, LocalDate first,
            LocalDate end, SplittableRandom random) throws Exception {
        var from = first.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        var span = end.plusDays(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) - from;
        try (var copy = new Copy(db, "interaction (customer_id, touchpoint_id, occurred_at, resolved_on_first_contact,"
                + " resolved_at)")) {
            for (int i = 0; i < count; i++) {
                var at = from + random.nextLong(span);
                var firstContact = random.nextInt(10) < 6;
                var resolved = firstContact || random.nextInt(10) < 7 ? timestamp(at + random.nextLong(1, 72 * 3600)) : null;
                copy.row(Long.toString(customers[random.nextInt(customers.length)]),
                        Long.toString(touchpoints[skewed(random, touchpoints.length)]), timestamp(at),
                        firstContact ? "t" : "f", resolved);
            }
        }
    }

    /** Busy touchpoints get most of the answers, as real ones do. */
    private static int skewed(SplittableRandom random, int n) {
        return Math.min(n - 1, (int) (n * Math.pow(random.nextDouble(), 1.7)));
    }

    /** A score drawn as the data set's are: for NPS 45 % promoters, 30 % passives, 25 % detractors. */
    static int score(String type, SplittableRandom random) {
        var r = random.nextDouble();
        return switch (type) {
            case "NPS" -> r < 0.45 ? 9 + random.nextInt(2) : r < 0.75 ? 7 + random.nextInt(2) : random.nextInt(7);
            case "CSAT" -> r < 0.7 ? 4 + random.nextInt(2) : 1 + random.nextInt(3);
            default -> r < 0.6 ? 5 + random.nextInt(3) : 1 + random.nextInt(4);
        };
    }

    private static String timestamp(long epochSecond) {
        return java.time.Instant.ofEpochSecond(epochSecond).toString();
    }

    private static long[] ids(Connection db, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (var rs = db.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    /** One COPY ... FROM STDIN in text format, fed in chunks of a few megabytes. */
    private static final class Copy implements AutoCloseable {

        private final CopyIn copy;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(CHUNK + (1 << 16));
        private final StringBuilder line = new StringBuilder(256);

        Copy(Connection db, String target) throws SQLException {
            copy = db.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + target + " from stdin");
        }

        void row(String... values) throws SQLException {
            line.setLength(0);
            for (int i = 0; i < values.length; i++) {
                line.append(i == 0 ? "" : "\t").append(values[i] == null ? "\\N" : values[i]);
            }
            var bytes = line.append('\n').toString().getBytes(StandardCharsets.UTF_8);
            buffer.write(bytes, 0, bytes.length);
            if (buffer.size() >= CHUNK) {
                flush();
            }
        }

        private void flush() throws SQLException {
            copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
            buffer.reset();
        }

        @Override
        public void close() throws SQLException {
            flush();
            copy.endCopy();
        }
    }
}
