package org.cxloop.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Short comments customers leave with a score, by topic, sentiment and language (from {@code comments.tsv}). */
final class DemoComments {

    private final Map<String, List<String>> byKey;

    private DemoComments(Map<String, List<String>> byKey) {
        this.byKey = byKey;
    }

    static DemoComments load() {
        var byKey = new HashMap<String, List<String>>();
        try (var in = DemoComments.class.getResourceAsStream("comments.tsv")) {
            if (in == null) {
                throw new IllegalStateException("The demo comments (org/cxloop/demo/comments.tsv) are missing.");
            }
            var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
            for (var line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                var fields = line.split("\t");
                if (fields.length != 4) {
                    throw new IllegalStateException("A demo comment line needs 4 tab-separated fields: " + line);
                }
                byKey.computeIfAbsent(key(Topic.valueOf(fields[0]), Sentiment.valueOf(fields[1]), fields[2]),
                        k -> new ArrayList<>()).add(fields[3]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo comments.", e);
        }
        return new DemoComments(byKey);
    }

    /** A comment on the topic in the language, or a general one when the topic has none for this sentiment. */
    String pick(Topic topic, Sentiment sentiment, String locale, RandomGenerator random) {
        var options = byKey.getOrDefault(key(topic, sentiment, locale), byKey.get(key(Topic.GENERAL, sentiment, locale)));
        return options.get(random.nextInt(options.size()));
    }

    private static String key(Topic topic, Sentiment sentiment, String locale) {
        return topic + "/" + sentiment + "/" + locale;
    }
}
