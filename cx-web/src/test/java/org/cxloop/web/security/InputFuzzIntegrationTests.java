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
import org.cxloop.core.apikey.PublishableKeys;
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
    static final String WIDGET_ORIGIN = "https://shop.example.com";
    static final List<String> NASTY = List.of("' or 1=1 --", "\"; drop table customer; --", "<script>alert(1)</script>",
            "=HYPERLINK(\"http://x\")", "\u0000", "😀🎉", "null", "-1", "99999999999999999999", "1e309", "", " ",
            "../../etc/passwd", "%00", "\\u0000", "2026-13-45", "NaN", "true", "[]", "{}", "x".repeat(70_000));
    static final List<String> FIELDS = List.of("name", "email", "code", "position", "channel", "stage", "score", "comment",
            "surveyType", "respondedAt", "customerExternalId", "touchpoint", "customerSince", "churnedAt", "locale",
            "segment", "role", "kind", "externalId", "audience", "surveyId", "reminders", "displayName", "password",
            "questionEn", "questionEs", "type", "idempotencyKey", "customer", "answerId", "origins", "formSignIn", "from",
            "to", "enabled", "confirmed", "title", "description", "hypothesis", "variants", "variant", "assignment",
            "seed", "startsOn", "url", "secret", "events", "format",
            // Issue 4: bounces, sends after an interaction, extra questions (admin form slots and public answers).
            "messageId", "recipient", "permanent", "reason", "hoursAfterInteraction", "q1", "q2", "q5",
            "questions[0].kind", "questions[0].textEn", "questions[0].optionsEn", "questions[4].optionsEs",
            "questions[0].required", "file",
            // Voice of the customer: corrections and topic lists.
            "sentiment", "topics", "back", "keyword", "language", "nameEn", "nameEs",
            // Webhook endpoint editing.
            "active");

    @Autowired MockMvc mvc;
    @Autowired ApiKeys apiKeys;
    @Autowired PublishableKeys publishableKeys;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    record Route(HttpMethod method, String path) {
    }

    @Test
    void neverAnswersBadInputWithAServerError() throws Exception {
        var key = "Bearer " + apiKeys.issue("fuzz", "tests").secret();
        var widgetKey = publishableKeys.create("fuzz", WIDGET_ORIGIN, "tests").key();
        var random = new Random(SEED);
        // Journey maps (issue 3): the editor's and the API's new write routes are among those fuzzed.
        assertThat(inputRoutes()).contains(
                new Route(HttpMethod.POST, "/admin/journeys/fuzz/versions/fuzz/touchpoints/fuzz/place"),
                new Route(HttpMethod.POST, "/admin/journeys/fuzz/versions/fuzz/stages/fuzz/archive"),
                new Route(HttpMethod.POST, "/api/v1/journeys/fuzz/drafts"),
                new Route(HttpMethod.POST, "/api/v1/journeys/fuzz/versions/fuzz/promote"),
                new Route(HttpMethod.PUT, "/api/v1/journeys/fuzz/versions/fuzz/stages/order"),
                new Route(HttpMethod.PUT, "/api/v1/journeys/fuzz/versions/fuzz/touchpoints/fuzz"),
                new Route(HttpMethod.POST, "/api/v1/journeys/fuzz/versions/fuzz/touchpoints/fuzz/place"),
                new Route(HttpMethod.POST, "/admin/webhooks/fuzz/edit"),
                new Route(HttpMethod.POST, "/admin/webhooks/fuzz/rotate-secret"));
        var failures = new ArrayList<String>();
        var tried = 0;
        for (var route : inputRoutes()) {
            for (var attempt = 0; attempt < TRIES_PER_ROUTE; attempt++) {
                var request = MockMvcRequestBuilders.request(route.method(), route.path());
                var description = fill(request, route, random);
                if (route.path().startsWith("/api/")) {
                    request.header("Authorization", key);
                } else if (route.path().startsWith("/widget/")) {
                    request.param("key", widgetKey).header("Origin", WIDGET_ORIGIN);
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

    /** The dashboard's pages and exports read their filters from the query string and the path: the same rule holds. */
    static final List<String> QUERY_PARAMETERS = List.of("period", "from", "to", "stage", "touchpoint", "channel", "segment",
            "journey", "by", "sort", "dir", "page", "lang");

    @Test
    void neverAnswersBadDashboardQueriesWithAServerError() throws Exception {
        var random = new Random(SEED);
        var failures = new ArrayList<String>();
        var routes = dashboardRoutes();
        assertThat(routes).contains("/", "/breakdown.csv", "/overview.csv", "/touchpoints/{code}", "/customers/{externalId}");
        var tried = 0;
        for (var route : routes) {
            for (var attempt = 0; attempt < TRIES_PER_ROUTE; attempt++) {
                var variables = new Object[route.split("\\{", -1).length - 1];
                java.util.Arrays.setAll(variables, i -> pick(random));
                var request = MockMvcRequestBuilders.get(route, variables);
                var description = new StringBuilder(java.util.Arrays.toString(variables));
                var parameters = 1 + random.nextInt(5);
                for (var i = 0; i < parameters; i++) {
                    var name = QUERY_PARAMETERS.get(random.nextInt(QUERY_PARAMETERS.size()));
                    var value = pick(random);
                    request.queryParam(name, value);
                    description.append(' ').append(name).append('=').append(value.length() > 40 ? value.substring(0, 40) + "…" : value);
                }
                request.with(user("fuzz-manager@example.com").roles("MANAGER"));
                tried++;
                int status;
                try {
                    status = mvc.perform(request).andReturn().getResponse().getStatus();
                } catch (jakarta.servlet.ServletException unhandled) {
                    status = 500;
                    description.append(" -> ").append(unhandled.getRootCause());
                }
                if (status >= 500) {
                    failures.add("GET " + route + " " + status + " " + description);
                }
            }
        }
        System.out.printf("Dashboard query fuzzing: %d routes, %d bad queries tried, %d server errors%n",
                routes.size(), tried, failures.size());
        assertThat(failures).isEmpty();
    }

    /** Every page and export of the dashboard and of its drill-downs to touchpoints and customers. */
    private Set<String> dashboardRoutes() {
        var routes = new java.util.TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            var feature = handler.getBeanType().getPackageName();
            if (feature.equals("org.cxloop.web.dashboard") || feature.equals("org.cxloop.web.customer")) {
                routes.addAll(info.getPatternValues());
            }
        });
        return routes;
    }

    private String fill(MockHttpServletRequestBuilder request, Route route, Random random) {
        var form = !route.path().startsWith("/api/") && !route.path().startsWith("/widget/");
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
