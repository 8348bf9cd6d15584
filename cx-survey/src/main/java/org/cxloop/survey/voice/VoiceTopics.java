package org.cxloop.survey.voice;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The topics comments are tagged with and their keyword lists per language, kept by admins. The keyword lists are
 * cached for the analysis and read again after every change.
 */
@Service
@Transactional(readOnly = true)
public class VoiceTopics {

    public static final List<String> LANGUAGES = List.of("en", "es");
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final int MAX_NAME = 100;
    private static final int MAX_KEYWORD = 100;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AtomicReference<List<TopicMatcher.TopicKeywords>> cache = new AtomicReference<>();

    VoiceTopics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every topic with its keywords, by code. */
    public List<Topic> list() {
        var keywords = new LinkedHashMap<Long, Map<String, List<String>>>();
        jdbc.sql("select topic_id, language, keyword from voice_topic_keyword order by keyword").query(rs -> {
            keywords.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>())
                    .computeIfAbsent(rs.getString(2), l -> new ArrayList<>()).add(rs.getString(3));
        });
        return jdbc.sql("select id, code, name_en, name_es from voice_topic order by code")
                .query((rs, n) -> {
                    var own = keywords.getOrDefault(rs.getLong(1), Map.of());
                    return new Topic(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            own.getOrDefault("en", List.of()), own.getOrDefault("es", List.of()));
                }).list();
    }

    @Transactional
    public long create(String code, String nameEn, String nameEs) {
        var cleanCode = code == null ? "" : code.strip().toLowerCase();
        if (!CODE.matcher(cleanCode).matches()) {
            throw new InvalidInputException("code", "topics.code.invalid",
                    "A topic code has 1 to 40 lower-case letters, digits or hyphens, starting with a letter or digit.");
        }
        var en = name("nameEn", nameEn);
        var es = name("nameEs", nameEs);
        try {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("insert into voice_topic (code, name_en, name_es, created_at) values (:code, :en, :es, :now)")
                    .param("code", cleanCode).param("en", en).param("es", es).param("now", Timestamp.from(clock.instant()))
                    .update(keys, "id");
            cache.set(null);
            return keys.getKey().longValue();
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("code", "topics.code.taken", "A topic with the code '" + cleanCode + "' exists already.");
        }
    }

    /** Removes a topic, its keywords and its tags on comments (corrected ones too). */
    @Transactional
    public void delete(long id) {
        if (jdbc.sql("delete from voice_topic where id = :id").param("id", id).update() == 0) {
            throw new NotFoundException("No topic has the id " + id + ".");
        }
        cache.set(null);
    }

    @Transactional
    public void addKeyword(long topicId, String language, String keyword) {
        requireTopic(topicId);
        var lang = language(language);
        var text = keyword == null ? "" : Text.fold(keyword.strip()).replaceAll("\\s+", " ");
        if (text.isEmpty() || text.length() > MAX_KEYWORD || Text.words(text.replace("*", "")).isEmpty()) {
            throw new InvalidInputException("keyword", "topics.keyword.invalid",
                    "A keyword has 1 to " + MAX_KEYWORD + " characters with at least one letter or digit.");
        }
        var exists = jdbc.sql("select count(*) from voice_topic_keyword where topic_id = :t and language = :l and keyword = :k")
                .param("t", topicId).param("l", lang).param("k", text).query(Long.class).single() > 0;
        if (!exists) {
            jdbc.sql("insert into voice_topic_keyword (topic_id, language, keyword) values (:t, :l, :k)")
                    .param("t", topicId).param("l", lang).param("k", text).update();
        }
        cache.set(null);
    }

    @Transactional
    public void removeKeyword(long topicId, String language, String keyword) {
        requireTopic(topicId);
        jdbc.sql("delete from voice_topic_keyword where topic_id = :t and language = :l and keyword = :k")
                .param("t", topicId).param("l", language(language)).param("k", keyword == null ? "" : keyword.strip()).update();
        cache.set(null);
    }

    /** The ids of the given topic codes; an unknown code is bad input. */
    Map<String, Long> ids(Set<String> codes) {
        var ids = new LinkedHashMap<String, Long>();
        jdbc.sql("select code, id from voice_topic").query(rs -> {
            ids.put(rs.getString(1), rs.getLong(2));
        });
        for (var code : codes) {
            if (!ids.containsKey(code)) {
                throw new InvalidInputException("topics", "topics.unknown", "No topic has the code '" + code + "'.");
            }
        }
        ids.keySet().retainAll(codes);
        return ids;
    }

    /** The keyword lists the analysis uses, folded. */
    List<TopicMatcher.TopicKeywords> matchers() {
        var current = cache.get();
        if (current != null) {
            return current;
        }
        var fresh = list().stream().map(t -> new TopicMatcher.TopicKeywords(t.id(), t.code(), Map.of(
                "en", folded(t.keywordsEn()), "es", folded(t.keywordsEs())))).toList();
        cache.set(fresh);
        return fresh;
    }

    private static Set<String> folded(List<String> keywords) {
        var set = new LinkedHashSet<String>();
        keywords.forEach(k -> set.add(Text.fold(k)));
        return set;
    }

    private void requireTopic(long id) {
        if (jdbc.sql("select count(*) from voice_topic where id = :id").param("id", id).query(Long.class).single() == 0) {
            throw new NotFoundException("No topic has the id " + id + ".");
        }
    }

    private static String language(String language) {
        if (language == null || !LANGUAGES.contains(language.strip())) {
            throw new InvalidInputException("language", "topics.language.invalid", "The language is en or es.");
        }
        return language.strip();
    }

    private static String name(String field, String value) {
        var text = value == null ? "" : value.strip();
        if (text.isEmpty() || text.length() > MAX_NAME) {
            throw new InvalidInputException(field, "topics.name.invalid", "A topic name has 1 to " + MAX_NAME + " characters.");
        }
        return text;
    }
}
