package org.cxloop.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every word a person reads comes from the messages files, in English and in Spanish. */
class MessagesCompletenessTests {

    static final Pattern MESSAGE_EXPRESSION = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
    static final Pattern VALIDATION_KEY = Pattern.compile("\"\\{([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)}\"");
    static final Pattern RULE_CODE = Pattern.compile("InvalidInputException\\([^,]+,\\s*\"([a-z][A-Za-z0-9.]+)\"");
    static final Pattern TEXT_BETWEEN_TAGS = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>([^<>]*\\p{L}{2,}[^<>]*)<");

    @Test
    void englishAndSpanishHaveTheSameKeys() throws IOException {
        var english = keys("messages.properties");
        var spanish = keys("messages_es.properties");
        assertThat(spanish).as("keys missing in Spanish").containsAll(english);
        assertThat(english).as("keys only in Spanish").containsAll(spanish);
    }

    @Test
    void everyKeyATemplateUsesExists() throws IOException {
        var english = keys("messages.properties");
        var used = new TreeSet<String>();
        for (var template : templates()) {
            var matcher = MESSAGE_EXPRESSION.matcher(Files.readString(template));
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
        }
        assertThat(english).containsAll(used);
    }

    @Test
    void everyValidationMessageAndRuleCodeExists() throws IOException {
        var english = keys("messages.properties");
        var used = new TreeSet<String>();
        try (Stream<Path> sources = Files.walk(Path.of(".."))) {
            for (var source : sources.filter(p -> p.toString().endsWith(".java") && p.toString().contains("src/main/java")).toList()) {
                var text = Files.readString(source);
                for (var pattern : List.of(VALIDATION_KEY, RULE_CODE)) {
                    var matcher = pattern.matcher(text);
                    while (matcher.find()) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(english).containsAll(used);
    }

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        var literals = new ArrayList<String>();
        for (var template : templates()) {
            var matcher = TEXT_BETWEEN_TAGS.matcher(Files.readString(template));
            while (matcher.find()) {
                var attributes = matcher.group(2);
                var tag = matcher.group(1);
                if (!attributes.contains("th:text") && !attributes.contains("th:utext") && !attributes.contains("th:errors") && !attributes.contains("th:replace")
                        && !attributes.contains("sec:authentication") && !tag.equals("script") && !tag.equals("style")) {
                    literals.add(template + ": " + matcher.group(3).strip());
                }
            }
        }
        assertThat(literals).as("text that bypasses messages*.properties").isEmpty();
    }

    /** The templates of every module: the web pages and the mails cx-survey writes. */
    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(".."))) {
            return files.filter(p -> p.toString().endsWith(".html")
                    && p.toString().contains("src" + java.io.File.separator + "main" + java.io.File.separator + "resources"
                            + java.io.File.separator + "templates")).toList();
        }
    }

    private static Set<String> keys(String file) throws IOException {
        var properties = new Properties();
        try (InputStream in = MessagesCompletenessTests.class.getResourceAsStream("/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
