package org.cxloop.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import org.cxloop.core.apikey.PublishableKeys;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;

/**
 * CORS for the widget's calls, per publishable key: only the origins an admin listed for the key in the request's
 * {@code key} parameter may call and read the answers (preflight included). The script itself needs no CORS.
 */
class WidgetCors implements CorsConfigurationSource {

    private final PublishableKeys keys;

    WidgetCors(PublishableKeys keys) {
        this.keys = keys;
    }

    @Override
    public CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
        var path = request.getRequestURI();
        if (!(path.equals("/widget/v1/eligibility") || path.equals("/widget/v1/responses"))) {
            return null;
        }
        var config = new CorsConfiguration();
        config.setAllowedOrigins(keys.find(request.getParameter("key")).map(k -> k.allowedOrigins()).orElse(List.of()));
        config.setAllowedMethods(List.of("GET", "POST"));
        config.setAllowedHeaders(List.of("Content-Type"));
        config.setAllowCredentials(false);
        config.setMaxAge(Duration.ofMinutes(10));
        return config;
    }
}
