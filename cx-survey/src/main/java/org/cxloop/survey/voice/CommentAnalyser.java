package org.cxloop.survey.voice;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reads a comment on this machine, with no outside service: guesses its language, scores its sentiment with the
 * bundled lexicons and finds the topics whose keywords (as admins keep them) it mentions.
 */
@Component
public class CommentAnalyser {

    private final SentimentAnalyser sentiment = SentimentAnalyser.withBundledLexicons();
    private final VoiceTopics topics;

    CommentAnalyser(VoiceTopics topics) {
        this.topics = topics;
    }

    /** The analysis of {@code comment}, whose author's language is {@code customerLocale} (en, es, es-MX…; may be null). */
    public CommentAnalysis analyse(String comment, String customerLocale) {
        return analyse(comment, customerLocale, topics.matchers());
    }

    CommentAnalysis analyse(String comment, String customerLocale, List<TopicMatcher.TopicKeywords> keywords) {
        var words = Text.words(comment);
        var customerLanguage = customerLocale == null ? null : customerLocale.strip().toLowerCase().split("[-_]")[0];
        var language = LanguageGuess.of(comment, words, customerLanguage, sentiment.known(words, "en"),
                sentiment.known(words, "es"));
        var score = sentiment.score(comment, language);
        return new CommentAnalysis(language, SentimentAnalyser.classify(score), score,
                TopicMatcher.topics(words, language, keywords));
    }
}
