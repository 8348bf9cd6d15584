package org.cxloop.survey.voice;

import java.util.List;
import java.util.Map;

/**
 * Lexicon-based sentiment: each sentiment word or phrase adds its weight, made stronger or softer by an intensifier
 * just before it ("very", "muy", "a bit") and turned round by a negation up to three words before it in the same
 * clause ("not good", "no es bueno"; Spanish doubles its negations, "no está nada mal", so two count as one), negated words counting three quarters. What follows a contrast ("but", "pero")
 * counts one and a half times (a Spanish superlative, "rapidísimo", too) and what came before half, as people put their verdict after it. The sum s becomes a
 * score on -1..1 as s / sqrt(s² + 15); from 0.2 up it is positive, from -0.2 down negative, neutral in between.
 */
final class SentimentAnalyser {

    static final double THRESHOLD = 0.2;
    private static final int NEGATION_REACH = 3;
    private static final double NEGATED = -0.75;

    private final Map<String, SentimentLexicon> lexicons;

    SentimentAnalyser(Map<String, SentimentLexicon> lexicons) {
        this.lexicons = lexicons;
    }

    static SentimentAnalyser withBundledLexicons() {
        return new SentimentAnalyser(Map.of("en", SentimentLexicon.load("en"), "es", SentimentLexicon.load("es")));
    }

    /** The score on -1..1 of the text read in {@code language} ("en" or "es"). */
    double score(String text, String language) {
        var lexicon = lexicons.get(language);
        var clauses = Text.clauses(text);
        double before = 0;
        double after = 0;
        var turned = false;
        for (var clause : clauses) {
            for (var i = 0; i < clause.size(); ) {
                var word = clause.get(i);
                if (lexicon.contrasts(word) || (i + 1 < clause.size() && lexicon.contrasts(word + " " + clause.get(i + 1)))) {
                    turned = true;
                    before += after;
                    after = 0;
                    i++;
                    continue;
                }
                var match = lexicon.match(clause, i);
                if (match == null) {
                    i++;
                    continue;
                }
                var superlative = match.length() == 1 && SentimentLexicon.SUPERLATIVE.matcher(word).find() ? 1.5 : 1.0;
                after += match.weight() * superlative * modifier(lexicon, clause, i);
                i += match.length();
            }
        }
        var sum = turned ? 0.5 * before + 1.5 * after : after;
        return sum / Math.sqrt(sum * sum + 15);
    }

    /** How many of the words the lexicon of {@code language} knows: a clue to the language of a comment. */
    int known(List<String> words, String language) {
        var lexicon = lexicons.get(language);
        var known = 0;
        for (var i = 0; i < words.size(); i++) {
            if (lexicon.match(words, i) != null || lexicon.negates(words.get(i)) || lexicon.intensity(words.get(i)) != 1.0) {
                known++;
            }
        }
        return known;
    }

    static Sentiment classify(double score) {
        return score >= THRESHOLD ? Sentiment.POSITIVE : score <= -THRESHOLD ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
    }

    /** The intensifier right before (or two before) the word, and negations within reach, as one factor. */
    private static double modifier(SentimentLexicon lexicon, List<String> clause, int at) {
        var factor = 1.0;
        if (at >= 1) {
            factor *= lexicon.intensity(clause.get(at - 1));
            if (at >= 2 && factor == 1.0) {
                factor *= lexicon.intensity(clause.get(at - 2));
            }
        }
        var negated = false;
        for (var j = at - 1; j >= Math.max(0, at - NEGATION_REACH); j--) {
            var word = clause.get(j);
            if (lexicon.negates(word) && !(word.equals("poco") && j > 0 && clause.get(j - 1).equals("un"))) {
                negated = true;
            } else if (lexicon.match(clause, j) != null) {
                break;
            }
        }
        return negated ? factor * NEGATED : factor;
    }
}
