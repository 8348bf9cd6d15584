package org.cxloop.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in administrator driving CX Loop's screens the way a browser does: session cookie, the CSRF token from
 * each form page, form posts, redirects read rather than followed.
 */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();

    Browser(String base) {
        this.base = base;
    }

    void signIn(String email, String password) throws Exception {
        var form = new LinkedHashMap<String, String>();
        form.put("username", email);
        form.put("password", password);
        var response = post("/login", "/login", form);
        var location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Sign-in as " + email + " failed: " + response.statusCode() + " " + location);
        }
    }

    /** Opens the form page (for its CSRF token), posts the form, and returns the redirect's target. */
    String submit(String formPage, String action, Map<String, String> fields) throws Exception {
        var response = post(formPage, action, fields);
        if (response.statusCode() != 302) {
            throw new IllegalStateException("POST " + action + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(600, response.body().length())));
        }
        return response.headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<String> post(String formPage, String action, Map<String, String> fields) throws Exception {
        var page = http.send(HttpRequest.newBuilder(URI.create(base + formPage)).build(), HttpResponse.BodyHandlers.ofString());
        var csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on " + formPage + " (" + page.statusCode() + ")");
        }
        var all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf.group(1) != null ? csrf.group(1) : csrf.group(2));
        var body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
