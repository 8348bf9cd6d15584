package org.cxloop.survey.voice;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Comment text reduced to what analysis and search compare: lower case, no accents, words. */
public final class Text {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern CLAUSE_END = Pattern.compile("[.,;:!?¡¿\\n()]+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Text() {
    }

    /** Lower case without accents or other marks ("Atención" becomes "atencion"); null stays null. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        var decomposed = Normalizer.normalize(text.replace('’', '\''), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The folded words of a text, English contractions ("don't") opened into "do not". */
    static List<String> words(String text) {
        var folded = fold(text).replace("n't", " not").replace("cannot", "can not");
        return Arrays.stream(NOT_A_WORD.split(folded)).filter(w -> !w.isEmpty()).toList();
    }

    /** The words of each clause (split at . , ; : ! ? and line breaks), empty clauses left out. */
    static List<List<String>> clauses(String text) {
        return Arrays.stream(CLAUSE_END.split(text)).map(Text::words).filter(w -> !w.isEmpty()).toList();
    }
}
