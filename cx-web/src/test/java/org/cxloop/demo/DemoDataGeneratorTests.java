package org.cxloop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoDataGeneratorTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T08:30:00Z"), ZoneOffset.UTC);

    private final DemoDataSet data = new DemoDataGenerator(DemoDataLoader.SEED, CLOCK).generate();

    @Test
    void generatesTheSameDataFromTheSameSeedAndClock() {
        assertThat(new DemoDataGenerator(DemoDataLoader.SEED, CLOCK).generate()).isEqualTo(data);
    }

    @Test
    void generatesOtherCustomersFromAnotherSeed() {
        var other = new DemoDataGenerator(DemoDataLoader.SEED + 1, CLOCK).generate();
        assertThat(other.customers()).hasSameSizeAs(data.customers()).isNotEqualTo(data.customers());
    }

    @Test
    void datesEverythingRelativeToTheClock() {
        var now = CLOCK.instant();
        assertThat(data.responses()).allSatisfy(response ->
                assertThat(response.respondedAt()).isBefore(now).isAfter(now.minusSeconds(366L * 24 * 3600)));
        assertThat(data.customers()).allSatisfy(customer ->
                assertThat(customer.customerSince()).isBeforeOrEqualTo(now.atOffset(ZoneOffset.UTC).toLocalDate()));
    }

    @Test
    void writesCommentsInTheCustomersLanguageThatMatchTheScore() throws IOException {
        var comments = commentLines();
        Map<String, DemoCustomer> customers = data.customers().stream()
                .collect(Collectors.toMap(DemoCustomer::externalId, Function.identity()));
        var commented = data.responses().stream().filter(response -> response.comment() != null).toList();

        assertThat(commented).hasSizeGreaterThan(data.responses().size() / 10);
        assertThat(commented).allSatisfy(response -> {
            var line = comments.get(response.comment());
            assertThat(line.locale()).isEqualTo(customers.get(response.customer()).locale());
            assertThat(line.sentiment()).isEqualTo(Sentiment.of(response.type(), response.score()));
        });
    }

    private static Map<String, CommentLine> commentLines() throws IOException {
        var lines = new HashMap<String, CommentLine>();
        try (var in = new BufferedReader(new InputStreamReader(
                DemoComments.class.getResourceAsStream("comments.tsv"), StandardCharsets.UTF_8))) {
            in.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).map(line -> line.split("\t"))
                    .forEach(fields -> lines.put(fields[3], new CommentLine(Sentiment.valueOf(fields[1]), fields[2])));
        }
        return lines;
    }

    private record CommentLine(Sentiment sentiment, String locale) {
    }
}
