package org.cxloop.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.cxloop.core.apikey.ApiKeys;
import org.cxloop.testsupport.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Bad input against every endpoint that takes input: malformed and mistyped JSON, CSV garbage, form fields with
 * injection strings, huge values and invalid UTF-8. Whatever arrives, the answer is a 4xx or a success, never a 5xx.
 * Seeded, so a failure replays exactly.
 */
@PostgresIntegrationTest
class InputFuzzIntegrationTests {

    static final long SEED = 20261123L;
    static final int TRIES_PER_ROUTE = 12;
    static final List<String> NASTY = List.of("' or 1=1 --", "\"; drop table customer; --", "<script>alert(1)</script>",
            "=HYPERLINK(\"http://x\")", "\u0000", "😀🎉", "null", "-1", "99999999999999999999", "1e309", "", " ",
            "../../etc/passwd", "%00", "\\u0000", "2026-13-45", "NaN", "true", "[]", "{}", "x".repeat(70_000));
    static final List<String> FIELDS = List.of("name", "email", "code", "position", "channel", "stage", "score", "comment",
            "surveyType", "respondedAt", "customerExternalId", "touchpoint", "customerSince", "churnedAt", "locale",
            "segment", "role", "kind", "externalId", "audience", "surveyId", "reminders", "displayName", "password",
            "questionEn", "questionEs", "type", "idempotencyKey", "from", "to", "enabled", "confirmed", "title", "description",
            "hypothesis", "variants", "variant", "assignment", "seed", "startsOn",
            "sentiment", "topics", "back", "keyword", "language", "nameEn", "nameEs");

    @Autowired MockMvc mvc;
    @Autowired ApiKeys apiKeys;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    record Route(HttpMethod method, String path) {
    }

    @Test
    void neverAnswersBadInputWithAServerError() throws Exception {
        var key = "Bearer " + apiKeys.issue("fuzz", "tests").secret();
        var random = new Random(SEED);
        // Journey maps (issue 3): the editor's and the API's new write routes are among those fuzzed.
        assertThat(inputRoutes()).contains(
                new Route(HttpMethod.POST, "/admin/journeys/fuzz/versions/fuzz/touchpoints/fuzz/place"),
                new Route(HttpMethod.POST, "/admin/journeys/fuzz/versions/fuzz/stages/fuzz/archive"),
                new Route(HttpMethod.POST, "/api/v1/journeys/fuzz/drafts"),
                new Route(HttpMethod.POST, "/api/v1/journeys/fuzz/versions/fuzz/promote"),
                new Route(HttpMethod.PUT, "/api/v1/journeys/fuzz/versions/fuzz/stages/order"),
                new Route(HttpMethod.PUT, "/api/v1/journeys/fuzz/versions/fuzz/touchpoints/fuzz"),
                new Route(HttpMethod.POST, "/api/v1/journeys/fuzz/versions/fuzz/touchpoints/fuzz/place"));
        var failures = new ArrayList<String>();
        var tried = 0;
        for (var route : inputRoutes()) {
            for (var attempt = 0; attempt < TRIES_PER_ROUTE; attempt++) {
                var request = MockMvcRequestBuilders.request(route.method(), route.path());
                var description = fill(request, route, random);
                if (route.path().startsWith("/api/")) {
                    request.header("Authorization", key);
                } else {
                    request.with(user("fuzz-admin@example.com").roles("ADMIN")).with(csrf());
                }
                request.with(r -> {
                    r.setRemoteAddr("10.200." + random.nextInt(250) + "." + (1 + random.nextInt(250)));
                    return r;
                });
                tried++;
                int status;
                try {
                    status = mvc.perform(request).andReturn().getResponse().getStatus();
                } catch (jakarta.servlet.ServletException unhandled) {
                    status = 500;
                    description += " -> " + unhandled.getRootCause();
                }
                if (status >= 500) {
                    failures.add(route.method() + " " + route.path() + " " + status + " " + description);
                }
            }
        }
        System.out.printf("Input fuzzing: %d routes, %d bad inputs tried, %d server errors%n",
                inputRoutes().size(), tried, failures.size());
        assertThat(failures).isEmpty();
    }

    private String fill(MockHttpServletRequestBuilder request, Route route, Random random) {
        var form = !route.path().startsWith("/api/");
        if (route.path().startsWith("/api/v1/imports")) {
            var body = switch (random.nextInt(4)) {
                case 0 -> randomBytes(random, 2000);
                case 1 -> ("external_id,name\n\"unterminated," + pick(random)).getBytes(StandardCharsets.UTF_8);
                case 2 -> ("external_id,name,email,locale,segment,customer_since,churned_at\n" + pick(random) + ","
                        + pick(random) + "," + pick(random) + ",,," + pick(random) + ",\n").getBytes(StandardCharsets.UTF_8);
                default -> ("customer_external_id,touchpoint,survey_type,score,comment,responded_at\n" + pick(random)
                        + ",x,NPS," + pick(random) + ",\"" + pick(random).replace("\"", "\"\"") + "\",2026-01-01\n")
                        .getBytes(StandardCharsets.UTF_8);
            };
            request.contentType("text/csv").content(body);
            return "csv";
        }
        if (form) {
            var fields = 1 + random.nextInt(6);
            for (var i = 0; i < fields; i++) {
                request.param(FIELDS.get(random.nextInt(FIELDS.size())), pick(random));
            }
            return "form";
        }
        switch (random.nextInt(5)) {
            case 0 -> request.contentType("application/json").content(randomBytes(random, 500));
            case 1 -> request.contentType("application/json").content("{\"" + FIELDS.get(random.nextInt(FIELDS.size())) + "\":");
            case 2 -> request.contentType("application/json").content("[" + pick(random).length() + "]");
            default -> {
                var json = new StringBuilder("{");
                var fields = 1 + random.nextInt(8);
                for (var i = 0; i < fields; i++) {
                    if (i > 0) {
                        json.append(',');
                    }
                    json.append('"').append(FIELDS.get(random.nextInt(FIELDS.size()))).append("\":");
                    var value = pick(random);
                    json.append(random.nextBoolean() ? "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"")
                            .replace("\u0000", "\\u0000") + "\"" : (random.nextBoolean() ? String.valueOf(random.nextInt()) : "null"));
                }
                request.contentType("application/json").content(json.append('}').toString());
            }
        }
        return "json";
    }

    private static String pick(Random random) {
        return NASTY.get(random.nextInt(NASTY.size()));
    }

    private static byte[] randomBytes(Random random, int max) {
        var bytes = new byte[1 + random.nextInt(max)];
        random.nextBytes(bytes);
        return bytes;
    }

    private Set<Route> inputRoutes() {
        var routes = new LinkedHashSet<Route>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (var method : info.getMethodsCondition().getMethods()) {
                if (method != RequestMethod.POST && method != RequestMethod.PUT) {
                    continue;
                }
                for (var pattern : info.getPatternValues()) {
                    if (pattern.startsWith("/error") || pattern.equals("/logout")) {
                        continue;
                    }
                    var path = pattern.replaceAll("\\{token}", "1." + "A".repeat(43)).replaceAll("\\{[^}]+}", "fuzz");
                    routes.add(new Route(HttpMethod.valueOf(method.name()), path));
                }
            }
        });
        return routes;
    }
}
