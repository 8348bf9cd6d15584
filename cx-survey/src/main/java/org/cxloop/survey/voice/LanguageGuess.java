package org.cxloop.survey.voice;

import java.util.List;
import java.util.Set;

/**
 * Tells Spanish from English by their commonest short words (and Spanish's ¿ ¡ ñ), then by the words each sentiment
 * lexicon knows; a comment with no clue either way is taken to be in the customer's language, or else English.
 */
final class LanguageGuess {

    private static final Set<String> ENGLISH = Set.of("the", "and", "is", "was", "it", "to", "i", "you", "my", "of",
            "not", "but", "very", "with", "for", "this", "that", "too", "have", "had", "they", "were", "me", "your",
            "are", "be", "so", "at", "on", "in", "after", "again", "just", "would", "could", "did", "get", "got");
    private static final Set<String> SPANISH = Set.of("el", "la", "los", "las", "y", "es", "fue", "muy", "que", "de",
            "no", "pero", "con", "para", "por", "una", "un", "me", "mi", "lo", "se", "del", "al", "todo", "nada", "esta",
            "os", "su", "sus", "mas", "tan", "ya", "hay", "como", "cuando", "sin", "han", "he", "ha", "tras", "vez");

    private LanguageGuess() {
    }

    /**
     * The language of a comment from its short words; on a tie, from how many of its words each sentiment lexicon
     * knows ({@code englishKnown}, {@code spanishKnown}); then the customer's language.
     */
    static String of(String text, List<String> words, String customerLanguage, int englishKnown, int spanishKnown) {
        var english = 0;
        var spanish = 0;
        for (var word : words) {
            if (ENGLISH.contains(word)) {
                english++;
            }
            if (SPANISH.contains(word)) {
                spanish++;
            }
        }
        if (text.indexOf('¿') >= 0 || text.indexOf('¡') >= 0 || text.indexOf('ñ') >= 0 || text.indexOf('Ñ') >= 0) {
            spanish += 2;
        }
        if (english != spanish) {
            return english > spanish ? "en" : "es";
        }
        if (englishKnown != spanishKnown) {
            return englishKnown > spanishKnown ? "en" : "es";
        }
        return "es".equals(customerLanguage) ? "es" : "en";
    }
}
