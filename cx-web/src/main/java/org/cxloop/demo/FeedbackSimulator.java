package org.cxloop.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * About {@link #COUNT} pieces of feedback from other channels over the last year (app-store and web reviews, social
 * posts, contact-centre notes, letters) from the texts in {@code feedback.tsv}, in English and Spanish. Most name a
 * customer who speaks the text's language; reviews carry a 1–5 rating and some contact-centre notes a 0–10 one, both
 * in line with the text.
 */
final class FeedbackSimulator {

    static final int COUNT = 240;

    private record Template(String kind, String channel, String touchpoint, Sentiment sentiment, String language, String text) {
    }

    private final Random random;
    private final Instant now;

    FeedbackSimulator(Random random, Instant now) {
        this.random = random;
        this.now = now;
    }

    List<DemoFeedback> simulate(List<DemoCustomer> customers) {
        var templates = load();
        var english = customers.stream().filter(c -> !c.locale().startsWith("es")).toList();
        var spanish = customers.stream().filter(c -> c.locale().startsWith("es")).toList();
        var feedback = new ArrayList<DemoFeedback>(COUNT);
        for (var number = 1; number <= COUNT; number++) {
            var template = templates.get(random.nextInt(templates.size()));
            var pool = "es".equals(template.language()) ? spanish : english;
            var customer = random.nextDouble() < 0.75 && !pool.isEmpty() ? pool.get(random.nextInt(pool.size())) : null;
            var occurredAt = now.minus(Duration.ofMinutes(random.nextLong(365L * 24 * 60)));
            var rating = rating(template);
            var social = "SOCIAL".equals(template.kind());
            var author = switch (template.kind()) {
                case "CONTACT_CENTRE" -> "agent-" + (1 + random.nextInt(24));
                case "SOCIAL", "REVIEW" -> customer == null ? "user" + (1000 + random.nextInt(9000))
                        : customer.name().split(" ")[0].toLowerCase(java.util.Locale.ROOT) + random.nextInt(100);
                default -> customer == null ? null : customer.name();
            };
            var link = social ? "https://social.example.com/post/" + (100000 + number)
                    : "REVIEW".equals(template.kind()) ? "https://reviews.example.com/r/" + (500000 + number) : null;
            feedback.add(new DemoFeedback(template.kind(), template.channel(), customer == null ? null : customer.externalId(),
                    template.touchpoint(), rating == null ? null : rating[0], rating == null ? null : rating[1],
                    template.text(), occurredAt, author, link, "demo-feedback-" + number));
        }
        return feedback;
    }

    /** A rating and its scale in line with the text, or null. */
    private int[] rating(Template template) {
        if ("REVIEW".equals(template.kind())) {
            return new int[] {switch (template.sentiment()) {
                case POSITIVE -> 4 + random.nextInt(2);
                case NEUTRAL -> 3;
                case NEGATIVE -> 1 + random.nextInt(2);
            }, 5};
        }
        if ("CONTACT_CENTRE".equals(template.kind()) && random.nextDouble() < 0.4) {
            return new int[] {switch (template.sentiment()) {
                case POSITIVE -> 9 + random.nextInt(2);
                case NEUTRAL -> 7 + random.nextInt(2);
                case NEGATIVE -> random.nextInt(6);
            }, 10};
        }
        return null;
    }

    private static List<Template> load() {
        try (var in = FeedbackSimulator.class.getResourceAsStream("feedback.tsv")) {
            if (in == null) {
                throw new IllegalStateException("The demo feedback (org/cxloop/demo/feedback.tsv) is missing.");
            }
            var templates = new ArrayList<Template>();
            for (var line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                var fields = line.split("\t");
                if (fields.length != 6) {
                    throw new IllegalStateException("A demo feedback line needs 6 tab-separated fields: " + line);
                }
                templates.add(new Template(fields[0], fields[1], "-".equals(fields[2]) ? null : fields[2],
                        Sentiment.valueOf(fields[3]), fields[4], fields[5]));
            }
            return templates;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo feedback.", e);
        }
    }
}
