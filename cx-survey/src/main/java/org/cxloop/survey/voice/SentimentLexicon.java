package org.cxloop.survey.voice;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One language's sentiment words with their weights, the words that negate or intensify them, and the words that
 * turn a comment round ("but"), read from {@code sentiment-<language>.txt} beside this class.
 */
final class SentimentLexicon {

    /** The longest phrase, in words, the lexicon may hold. */
    static final int LONGEST_PHRASE = 4;

    /** A Spanish superlative ending: lentísimo is lento made stronger. */
    static final java.util.regex.Pattern SUPERLATIVE = java.util.regex.Pattern.compile("isim[oa]s?$");

    private final Map<String, Double> words = new HashMap<>();
    private final TreeMap<String, Double> prefixes = new TreeMap<>();
    private final Map<String, Double> intensifiers = new HashMap<>();
    private final Set<String> negators = new java.util.HashSet<>();
    private final Set<String> contrasts = new java.util.HashSet<>();

    static SentimentLexicon load(String language) {
        var lexicon = new SentimentLexicon();
        var name = "sentiment-" + language + ".txt";
        try (var in = SentimentLexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The sentiment lexicon " + name + " is missing from the classpath.");
            }
            var section = "";
            for (var line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                var text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (text.startsWith("[")) {
                    section = text;
                    continue;
                }
                var fields = text.split("\t");
                var entry = Text.fold(fields[0].strip());
                switch (section) {
                    case "[negators]" -> lexicon.negators.add(entry);
                    case "[contrast]" -> lexicon.contrasts.add(entry);
                    case "[intensifiers]" -> lexicon.intensifiers.put(entry, Double.parseDouble(fields[1]));
                    case "[words]" -> lexicon.add(entry, Double.parseDouble(fields[1]));
                    default -> throw new IllegalStateException(name + " has a line outside any section: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sentiment lexicon " + name + ".", e);
        }
        return lexicon;
    }

    private void add(String entry, double weight) {
        if (entry.endsWith("*")) {
            prefixes.put(entry.substring(0, entry.length() - 1), weight);
        } else {
            words.put(entry, weight);
        }
    }

    /** The weight of the phrase or word that starts at {@code from}, with how many words it takes; null for none. */
    Match match(List<String> tokens, int from) {
        for (var length = Math.min(LONGEST_PHRASE, tokens.size() - from); length > 1; length--) {
            var weight = words.get(String.join(" ", tokens.subList(from, from + length)));
            if (weight != null) {
                return new Match(weight, length);
            }
        }
        var word = tokens.get(from);
        var weight = words.get(word);
        if (weight != null) {
            return new Match(weight, 1);
        }
        var superlative = SUPERLATIVE.matcher(word);
        if (superlative.find() && superlative.start() > 1) {
            var base = word.substring(0, superlative.start());
            for (var ending : List.of("o", "a", "e", "")) {
                var baseWeight = words.get(base + ending);
                if (baseWeight != null) {
                    return new Match(baseWeight, 1);
                }
            }
        }
        var prefix = prefixes.floorEntry(word);
        while (prefix != null && !prefix.getKey().isEmpty()) {
            if (word.startsWith(prefix.getKey())) {
                return new Match(prefix.getValue(), 1);
            }
            if (prefix.getKey().charAt(0) != word.charAt(0)) {
                return null;
            }
            prefix = prefixes.lowerEntry(prefix.getKey());
        }
        return null;
    }

    boolean negates(String word) {
        return negators.contains(word);
    }

    boolean contrasts(String word) {
        return contrasts.contains(word);
    }

    /** How much the word strengthens (above 1) or softens (below 1) the next sentiment word; 1 for other words. */
    double intensity(String word) {
        return intensifiers.getOrDefault(word, 1.0);
    }

    record Match(double weight, int length) {
    }
}
