package org.cxloop.web.security;

import java.util.stream.Collectors;
import org.cxloop.core.apikey.ApiKeys;
import org.cxloop.core.apikey.PublishableKeys;
import org.cxloop.core.user.Users;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SsoProperties.class)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /**
     * The UI's policy; with single sign-on, {@code form-action} also allows the providers' origins, because the
     * sign-out form's answer redirects the browser to the provider to end its session too, and browsers apply
     * {@code form-action} to the redirects that follow a form post.
     */
    static String contentSecurityPolicy(SingleSignOn singleSignOn) {
        if (singleSignOn.origins().isEmpty()) {
            return CONTENT_SECURITY_POLICY;
        }
        var origins = singleSignOn.origins().stream().sorted().collect(Collectors.joining(" "));
        return CONTENT_SECURITY_POLICY.replace("form-action 'self';", "form-action 'self' " + origins + ";");
    }

    /**
     * The website survey widget, called from customers' pages: the script, and two calls that need a publishable key
     * and a page origin the key allows (CORS per key). No session, no cookies, so no CSRF to forge.
     */
    @Bean
    @Order(0)
    SecurityFilterChain widgetChain(HttpSecurity http, PublishableKeys publishableKeys) {
        http.securityMatcher("/widget/**")
                .csrf(csrf -> csrf.disable())
                .cors(cors -> cors.configurationSource(new WidgetCors(publishableKeys)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    /** The JSON API: stateless, authenticated by "Authorization: Bearer <key>", answering problem details. */
    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiKeys apiKeys, JsonMapper jsonMapper) {
        var problems = new ProblemResponses(jsonMapper);
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys, problems), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(ApiKeyAuthenticationFilter.API_ROLE))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    /**
     * The public survey pages a customer opens from a mail: no sign-in, so no session and no CSRF token store. The
     * signed, single-use token in the path is the customer's only credential; an attacker without it cannot forge
     * a request, and a CSRF token would break RFC 8058 one-click unsubscribe. Rate limiting is a servlet filter of
     * its own and applies here as before.
     */
    @Bean
    @Order(2)
    SecurityFilterChain surveyChain(HttpSecurity http) {
        http.securityMatcher("/s/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // Nobody signs in or out here: no anonymous user, logout or servlet API wrappers to build per request.
                .anonymous(anonymous -> anonymous.disable())
                .logout(logout -> logout.disable())
                .servletApi(servletApi -> servletApi.disable())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }

    /** The UI: form sign-in, sessions, CSRF protection, role-based screens. */
    @Bean
    @Order(3)
    SecurityFilterChain uiChain(HttpSecurity http, SignInThrottle signInThrottle, SingleSignOn singleSignOn,
            Users users, SsoProperties ssoProperties, ObjectProvider<ClientRegistrationRepository> registrations) {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/setup", "/error", "/error/**").permitAll()
                        .requestMatchers("/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/api-docs", "/swagger-ui/**").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/cases", "/cases/**").hasAnyRole("ADMIN", "MANAGER")
                        .requestMatchers("/experiments", "/experiments/**").hasAnyRole("ADMIN", "MANAGER")
                        .requestMatchers("/surveys/new", "/surveys/campaigns/new").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/surveys/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .addFilterBefore(new SignInThrottleFilter(signInThrottle), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new FormSignInGate(singleSignOn), SignInThrottleFilter.class)
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
                        .failureHandler(new CountingFailureHandler(signInThrottle)))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(singleSignOn)))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()));
        // OpenID Connect sign-in, only when spring.security.oauth2.client.registration.* names a provider.
        if (singleSignOn.enabled()) {
            http.oauth2Login(oauth -> oauth
                    .loginPage("/login")
                    .userInfoEndpoint(endpoint -> endpoint.oidcUserService(new SsoUserService(users, ssoProperties)))
                    .defaultSuccessUrl("/", false)
                    .failureHandler(new SsoFailureHandler())
                    .permitAll());
            // Signing out of a single sign-on session ends the provider's session too (OpenID Connect RP-initiated
            // logout), then the provider sends the browser back to the sign-in page. Form users sign out as before.
            var providerLogout = new OidcClientInitiatedLogoutSuccessHandler(registrations.getObject());
            providerLogout.setPostLogoutRedirectUri("{baseUrl}/login?logout");
            providerLogout.setDefaultTargetUrl("/login?signedOut");
            http.logout(logout -> logout.logoutSuccessHandler(providerLogout));
        }
        return http.build();
    }

    /**
     * No observation (span, timers) around each security filter of every request: they cost measurable CPU on the
     * public answer path (bench/RESULTS.md) and nobody reads them; the HTTP server observations stay on.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
