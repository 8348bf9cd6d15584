package org.cxloop.testsupport;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID Connect provider for tests: Spring Authorization Server in its own small Spring context on a random
 * port of 127.0.0.1, with a password form for its people and one client, {@code cx-loop}. Its ID tokens carry each
 * person's {@code email}, {@code email_verified}, {@code name} and {@code groups}; its OpenID Connect sign-out endpoint
 * sends people back only to addresses a test allowed. One per test JVM, started on first use.
 */
public final class OpenIdProvider {

    public static final String CLIENT_ID = "cx-loop";
    public static final String CLIENT_SECRET = "cx-loop-test-secret";

    private static OpenIdProvider running;

    private final ConfigurableApplicationContext context;
    private final String issuer;

    /**
     * A person who can sign in at the provider. {@code emailVerified} is the {@code email_verified} claim their ID
     * token carries; null leaves the claim out, as Microsoft Entra ID does.
     */
    public record Person(String username, String email, String name, List<String> groups, Boolean emailVerified) {

        /** Somebody whose email address the provider has verified. */
        public Person(String username, String email, String name, List<String> groups) {
            this(username, email, name, groups, true);
        }
    }

    private OpenIdProvider(ConfigurableApplicationContext context) {
        this.context = context;
        this.issuer = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public static synchronized OpenIdProvider get() {
        if (running == null) {
            var context = new SpringApplicationBuilder(ProviderApplication.class)
                    .properties(
                            // Read none of the application's own properties files.
                            "spring.config.name=cx-test-openid-provider",
                            "spring.main.banner-mode=off",
                            "server.address=127.0.0.1",
                            "server.port=0",
                            // Same host as CX Loop in the tests: a cookie of its own name keeps the two sessions apart.
                            "server.servlet.session.cookie.name=OPENID_PROVIDER_SESSION",
                            "spring.security.oauth2.authorizationserver.client.cx.registration.client-id=" + CLIENT_ID,
                            "spring.security.oauth2.authorizationserver.client.cx.registration.client-secret={noop}" + CLIENT_SECRET,
                            "spring.security.oauth2.authorizationserver.client.cx.registration.client-authentication-methods=client_secret_basic",
                            "spring.security.oauth2.authorizationserver.client.cx.registration.authorization-grant-types=authorization_code",
                            // A loopback redirect address matches on any port (RFC 8252), so CX Loop's random port fits.
                            "spring.security.oauth2.authorizationserver.client.cx.registration.redirect-uris=http://127.0.0.1/login/oauth2/code/company",
                            "spring.security.oauth2.authorizationserver.client.cx.registration.scopes=openid,profile,email",
                            "spring.security.oauth2.authorizationserver.client.cx.require-authorization-consent=false")
                    .run();
            running = new OpenIdProvider(context);
            Runtime.getRuntime().addShutdownHook(new Thread(context::close));
        }
        return running;
    }

    public String issuer() {
        return issuer;
    }

    /** Adds (or replaces) a person who signs in at the provider with this username and password. */
    public void add(Person person, String password) {
        var people = context.getBean(InMemoryUserDetailsManager.class);
        if (people.userExists(person.username())) {
            people.deleteUser(person.username());
        }
        people.createUser(User.withUsername(person.username()).password("{noop}" + password).roles("PERSON").build());
        context.getBean(Directory.class).people().put(person.username(), person);
    }

    /** Lets the client send people here after signing out at the provider (RP-initiated logout), as an admin would. */
    public void allowPostLogoutRedirect(String uri) {
        var clients = context.getBean(RegisteredClientRepository.class);
        var client = clients.findByClientId(CLIENT_ID);
        if (!client.getPostLogoutRedirectUris().contains(uri)) {
            clients.save(RegisteredClient.from(client).postLogoutRedirectUri(uri).build());
        }
    }

    /** The provider's view of its people beyond their passwords. */
    record Directory(Map<String, Person> people) {
    }

    /**
     * The provider's beans. Deliberately not a {@code @Configuration}: the application's component scan covers this
     * package, and must not find the provider's people in CX Loop's own test contexts.
     */
    @ImportAutoConfiguration({
            org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration.class,
            org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration.class,
            org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration.class,
            org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration.class,
            org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration.class,
            org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration.class,
            org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration.class,
            org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration.class,
            org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration.class,
            org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration.class,
            org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration.class})
    static class ProviderApplication {

        @Bean
        InMemoryUserDetailsManager people() {
            return new InMemoryUserDetailsManager();
        }

        @Bean
        Directory directory() {
            return new Directory(new ConcurrentHashMap<>());
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> personClaims(Directory directory) {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    var person = directory.people().get(context.getPrincipal().getName());
                    if (person != null) {
                        if (person.email() != null) {
                            context.getClaims().claim("email", person.email());
                        }
                        if (person.emailVerified() != null) {
                            context.getClaims().claim("email_verified", person.emailVerified());
                        }
                        context.getClaims().claim("name", person.name());
                        context.getClaims().claim("groups", person.groups());
                    }
                }
            };
        }
    }
}
