package org.cxloop.survey.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicMatcherTests {

    private static final List<TopicMatcher.TopicKeywords> TOPICS = List.of(
            new TopicMatcher.TopicKeywords(1, "wait", Map.of("en", Set.of("wait*", "on hold"), "es", Set.of("esper*"))),
            new TopicMatcher.TopicKeywords(2, "price", Map.of("en", Set.of("price"), "es", Set.of("precio"))),
            new TopicMatcher.TopicKeywords(3, "app", Map.of("en", Set.of("app"), "es", Set.of("aplicacion"))));

    private static List<String> topics(String text, String language) {
        return TopicMatcher.topics(Text.words(text), language, TOPICS);
    }

    @Test
    void aStarredKeywordMatchesEveryWordThatBeginsWithIt() {
        assertThat(topics("I waited and waited", "en")).containsExactly("wait");
        assertThat(topics("Tuve que ESPERAR mucho", "es")).containsExactly("wait");
    }

    @Test
    void aPlainKeywordMatchesTheWordAndItsPluralButNotLongerWords() {
        assertThat(topics("Prices went up", "en")).containsExactly("price");
        assertThat(topics("The apple was fine", "en")).isEmpty();
        assertThat(topics("Los precios suben", "es")).containsExactly("price");
    }

    @Test
    void matchesPhrasesAndIgnoresAccentsAndCase() {
        assertThat(topics("I was ON HOLD for an hour", "en")).containsExactly("wait");
        assertThat(topics("La Aplicación falla", "es")).containsExactly("app");
    }

    @Test
    void usesOnlyTheCommentsLanguage() {
        assertThat(topics("the precio", "en")).isEmpty();
    }
}
