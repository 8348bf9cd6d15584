package org.cxloop.survey.voice;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds topics in a comment from their keyword lists in the comment's language. Keywords and comment are compared
 * without case or accents. A keyword ending in * matches every word that begins so ("wait*": waited, waiting); a
 * plain keyword matches the word itself and its plural ("price": prices); a keyword of several words matches them in
 * that order.
 */
final class TopicMatcher {

    /**
     * Each keyword's folded words, split once: splitting them again for every comment (Unicode normalisation and a
     * regular expression per keyword) was most of a CSV import's time. Keywords are few (the admins' topic lists), and
     * a keyword's words never change.
     */
    private static final Map<String, List<String>> PARTS = new ConcurrentHashMap<>();

    private TopicMatcher() {
    }

    static List<String> topics(List<String> words, String language, Collection<TopicKeywords> topics) {
        var found = new LinkedHashSet<String>();
        for (var topic : topics) {
            for (var keyword : topic.keywords(language)) {
                if (matches(words, keyword)) {
                    found.add(topic.code());
                    break;
                }
            }
        }
        return new ArrayList<>(found);
    }

    static boolean matches(List<String> words, String keyword) {
        var parts = PARTS.computeIfAbsent(keyword,
                k -> Text.words(k.endsWith("*") ? k.substring(0, k.length() - 1) : k));
        if (parts.isEmpty()) {
            return false;
        }
        var prefix = keyword.endsWith("*");
        for (var i = 0; i + parts.size() <= words.size(); i++) {
            var all = true;
            for (var p = 0; p < parts.size() && all; p++) {
                var last = p == parts.size() - 1;
                all = same(words.get(i + p), parts.get(p), last && prefix);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(String word, String keyword, boolean prefix) {
        if (prefix) {
            return word.startsWith(keyword);
        }
        return word.equals(keyword) || word.equals(keyword + "s") || word.equals(keyword + "es");
    }

    /** A topic's id, code and its keywords per language, folded. */
    record TopicKeywords(long id, String code, java.util.Map<String, Set<String>> byLanguage) {

        Set<String> keywords(String language) {
            return byLanguage.getOrDefault(language, Set.of());
        }
    }
}
