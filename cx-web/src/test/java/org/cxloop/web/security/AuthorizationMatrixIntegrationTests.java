package org.cxloop.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
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
 * Every route the application serves, found from its handler mappings (so a new screen or endpoint is checked
 * without editing this test), against every kind of caller: anonymous, MANAGER, ADMIN, a valid API key and a revoked
 * one. The expectation comes from the route's kind: public, API, admin-only or signed-in. "Allowed" means the caller
 * got past security (no 401/403, no redirect to sign-in) and the server did not fail (no 5xx) on sample values.
 */
@PostgresIntegrationTest
class AuthorizationMatrixIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired ApiKeys apiKeys;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    enum Caller { ANONYMOUS, MANAGER, ADMIN, API_KEY, REVOKED_KEY }

    record Route(HttpMethod method, String path) {
    }

    @Test
    void everyRouteLetsInExactlyTheCallersItShould() throws Exception {
        var valid = apiKeys.issue("matrix", "tests").secret();
        var revokedKey = apiKeys.issue("matrix revoked", "tests");
        apiKeys.revoke(revokedKey.key().id());

        var routes = routes();
        assertThat(routes).hasSizeGreaterThan(40);
        // Journey maps (issue 3): the map editor's screens and its JSON twin, found like every other route.
        var journeyVersion = "/journeys/987654/versions/987654";
        assertThat(routes).contains(
                new Route(HttpMethod.POST, "/admin" + journeyVersion + "/stages/987654/archive"),
                new Route(HttpMethod.POST, "/admin" + journeyVersion + "/stages/987654/restore"),
                new Route(HttpMethod.POST, "/admin" + journeyVersion + "/touchpoints/987654/archive"),
                new Route(HttpMethod.POST, "/admin" + journeyVersion + "/touchpoints/987654/restore"),
                new Route(HttpMethod.POST, "/admin" + journeyVersion + "/touchpoints/987654/place"),
                new Route(HttpMethod.DELETE, "/api/v1/journeys/987654"),
                new Route(HttpMethod.POST, "/api/v1/journeys/987654/archive"),
                new Route(HttpMethod.POST, "/api/v1/journeys/987654/restore"),
                new Route(HttpMethod.POST, "/api/v1/journeys/987654/drafts"),
                new Route(HttpMethod.GET, "/api/v1" + journeyVersion + "/comparison"),
                new Route(HttpMethod.GET, "/api/v1" + journeyVersion + "/archived"),
                new Route(HttpMethod.POST, "/api/v1" + journeyVersion + "/promote"),
                new Route(HttpMethod.DELETE, "/api/v1" + journeyVersion),
                new Route(HttpMethod.PUT, "/api/v1" + journeyVersion + "/stages/987654"),
                new Route(HttpMethod.PUT, "/api/v1" + journeyVersion + "/stages/order"),
                new Route(HttpMethod.POST, "/api/v1" + journeyVersion + "/stages/987654/archive"),
                new Route(HttpMethod.POST, "/api/v1" + journeyVersion + "/stages/987654/restore"),
                new Route(HttpMethod.DELETE, "/api/v1" + journeyVersion + "/stages/987654"),
                new Route(HttpMethod.PUT, "/api/v1" + journeyVersion + "/touchpoints/987654"),
                new Route(HttpMethod.POST, "/api/v1" + journeyVersion + "/touchpoints/987654/place"),
                new Route(HttpMethod.POST, "/api/v1" + journeyVersion + "/touchpoints/987654/archive"),
                new Route(HttpMethod.POST, "/api/v1" + journeyVersion + "/touchpoints/987654/restore"),
                new Route(HttpMethod.DELETE, "/api/v1" + journeyVersion + "/touchpoints/987654"));
        // Webhooks (issue 10).
        assertThat(routes).as("webhook admin routes are checked").contains(new Route(HttpMethod.GET, "/admin/webhooks"),
                new Route(HttpMethod.POST, "/admin/webhooks"), new Route(HttpMethod.POST, "/admin/webhooks/987654/delete"),
                new Route(HttpMethod.POST, "/admin/webhooks/deliveries/987654/send-again"),
                new Route(HttpMethod.POST, "/admin/webhooks/987654/edit"),
                new Route(HttpMethod.POST, "/admin/webhooks/987654/rotate-secret"));
        // Issue 4: the bounce webhook (API key) and the uploaded campaign list (admins only) are checked like the rest.
        assertThat(routes).contains(new Route(HttpMethod.POST, "/api/v1/bounces"),
                new Route(HttpMethod.POST, "/surveys/campaigns/987654/audience"));
        var failures = new ArrayList<String>();
        var checks = 0;
        for (var route : routes) {
            for (var caller : Caller.values()) {
                var status = perform(route, caller, valid, revokedKey.secret());
                var expected = expectation(route, caller);
                checks++;
                if (!expected.test(status)) {
                    failures.add(route.method() + " " + route.path() + " as " + caller + " -> " + status.describe());
                }
            }
        }
        System.out.printf("Authorization matrix: %d routes x %d callers = %d checks, %d failures%n",
                routes.size(), Caller.values().length, checks, failures.size());
        assertThat(failures).isEmpty();
    }

    private Set<Route> routes() {
        var routes = new LinkedHashSet<Route>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            var methods = info.getMethodsCondition().getMethods().isEmpty()
                    ? Set.of(RequestMethod.GET) : info.getMethodsCondition().getMethods();
            for (var pattern : info.getPatternValues()) {
                if (pattern.startsWith("/error") || pattern.startsWith("/v3/api-docs") || pattern.contains("swagger")) {
                    continue;
                }
                // Sample ids name nothing, so admin actions answer 404 instead of changing real rows.
                var path = pattern.replaceAll("\\{token}", "1." + "A".repeat(43)).replaceAll("\\{[^}]+}", "987654");
                for (var method : methods) {
                    routes.add(new Route(HttpMethod.valueOf(method.name()), path));
                }
            }
        });
        return routes;
    }

    private Outcome perform(Route route, Caller caller, String validKey, String revokedKey) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(route.method(), route.path());
        if (route.method() != HttpMethod.GET) {
            request.contentType(route.path().startsWith("/api/v1/imports") ? "text/csv" : "application/json").content("{}");
        }
        switch (caller) {
            case ANONYMOUS -> request.with(csrf());
            case MANAGER -> request.with(user("matrix-manager@example.com").roles("MANAGER")).with(csrf());
            case ADMIN -> request.with(user("matrix-admin@example.com").roles("ADMIN")).with(csrf());
            case API_KEY -> request.header("Authorization", "Bearer " + validKey);
            case REVOKED_KEY -> request.header("Authorization", "Bearer " + revokedKey);
        }
        try {
            var response = mvc.perform(request).andReturn().getResponse();
            return new Outcome(response.getStatus(), response.getRedirectedUrl());
        } catch (jakarta.servlet.ServletException unhandled) {
            return new Outcome(500, "unhandled " + unhandled.getRootCause());
        }
    }

    private static Predicate<Outcome> expectation(Route route, Caller caller) {
        var path = route.path();
        if (path.startsWith("/widget/")) {
            // The website widget's calls: a publishable key for an allowed origin or nothing, whoever calls.
            return Outcome::forbidden;
        }
        if (path.startsWith("/api/")) {
            return switch (caller) {
                case API_KEY -> Outcome::allowed;
                case ANONYMOUS, REVOKED_KEY -> Outcome::unauthorized;
                case MANAGER, ADMIN -> Outcome::refused;
            };
        }
        if (path.equals("/login") || path.equals("/setup") || path.startsWith("/s/") || path.equals("/api-docs")) {
            var withoutCsrfToken = (caller == Caller.API_KEY || caller == Caller.REVOKED_KEY) && route.method() == HttpMethod.POST
                    && !path.startsWith("/s/");
            return withoutCsrfToken ? Outcome::forbidden : Outcome::allowedOrNotFound;
        }
        if (caller == Caller.ANONYMOUS) {
            return Outcome::sentToSignIn;
        }
        if (caller == Caller.API_KEY || caller == Caller.REVOKED_KEY) {
            return Outcome::refused;
        }
        var adminOnly = path.startsWith("/admin/") || path.equals("/surveys/new") || path.equals("/surveys/campaigns/new")
                || (path.startsWith("/surveys") && route.method() != HttpMethod.GET);
        if (adminOnly && caller == Caller.MANAGER) {
            return Outcome::forbidden;
        }
        return Outcome::allowed;
    }

    record Outcome(int status, String redirect) {

        boolean allowed() {
            return status != 401 && status != 403 && status < 500 && !sentToSignIn();
        }

        boolean allowedOrNotFound() {
            return allowed() || status == 404;
        }

        boolean unauthorized() {
            return status == 401;
        }

        /** Turned away one way or another: 401, 403 or sent to the sign-in page. */
        boolean refused() {
            return status == 401 || status == 403 || sentToSignIn();
        }

        boolean forbidden() {
            return status == 403;
        }

        boolean sentToSignIn() {
            return status == 302 && redirect != null && redirect.endsWith("/login");
        }

        String describe() {
            return status + (redirect == null ? "" : " -> " + redirect);
        }
    }
}
