package org.cxloop.web.security;

import org.cxloop.core.apikey.ApiKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

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

    /** The UI: form sign-in, sessions, CSRF protection, role-based screens. */
    @Bean
    @Order(2)
    SecurityFilterChain uiChain(HttpSecurity http, SignInThrottle signInThrottle) {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/setup", "/error", "/error/**").permitAll()
                        .requestMatchers("/s/**").permitAll()
                        .requestMatchers("/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/api-docs", "/swagger-ui/**").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/cases", "/cases/**").hasAnyRole("ADMIN", "MANAGER")
                        .requestMatchers("/experiments", "/experiments/**").hasAnyRole("ADMIN", "MANAGER")
                        .requestMatchers("/surveys/new", "/surveys/campaigns/new").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/surveys/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                // The unguessable token in a survey link is the customer's only credential, and an attacker without
                // it cannot forge a request: CSRF tokens would add nothing and break RFC 8058 one-click unsubscribe.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/s/**"))
                .addFilterBefore(new SignInThrottleFilter(signInThrottle), UsernamePasswordAuthenticationFilter.class)
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll()
                        .failureHandler(new CountingFailureHandler(signInThrottle)))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
