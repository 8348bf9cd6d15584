package org.cxloop.web.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser, as far as sign-in needs one: a real HTTP client that keeps cookies and follows redirects
 * between CX Loop and the OpenID provider, and fills in forms with their CSRF tokens.
 */
final class SignInClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    /** What a browser asks for when it follows a link; the provider sends only such callers to its sign-in form. */
    private static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String app;

    SignInClient(int appPort) {
        this.app = "http://127.0.0.1:" + appPort;
    }

    String app(String path) {
        return app + path;
    }

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).header("Accept", HTML).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String url, Map<String, String> form) throws IOException, InterruptedException {
        var body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).header("Accept", HTML)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form on the page at {@code pageUrl}, with the CSRF token that page carries. */
    HttpResponse<String> submit(String pageUrl, String actionUrl, Map<String, String> fields) throws IOException, InterruptedException {
        var page = get(pageUrl);
        var form = new LinkedHashMap<>(fields);
        form.put("_csrf", csrfOf(page.body()));
        return post(actionUrl, form);
    }

    /**
     * Clicks "Sign in with …" on CX Loop's sign-in page, signs in at the provider with its password form, and
     * returns where the redirects end: CX Loop's start page on success, its sign-in page with a reason otherwise.
     */
    HttpResponse<String> signInWithProvider(String username, String password) throws IOException, InterruptedException {
        var login = get(app("/login"));
        assertThat(login.statusCode()).isEqualTo(200);
        var button = Pattern.compile("href=\"(/oauth2/authorization/[^\"]+)\"").matcher(login.body());
        assertThat(button.find()).as("the sign-in page offers single sign-on").isTrue();
        var providerForm = get(app(button.group(1)));
        assertThat(providerForm.uri().getPath()).as("CX Loop sent the browser to the provider's sign-in").isEqualTo("/login");
        assertThat(providerForm.uri().getPort()).isNotEqualTo(URI.create(app).getPort());
        var action = providerForm.uri().resolve("/login").toString();
        return post(action, Map.of("username", username, "password", password, "_csrf", csrfOf(providerForm.body())));
    }

    static String csrfOf(String html) {
        var matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("the page carries a CSRF token").isTrue();
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }
}
