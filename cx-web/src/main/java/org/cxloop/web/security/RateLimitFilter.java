package org.cxloop.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Token-bucket rate limits (Bucket4j, buckets kept in a bounded Caffeine cache) for the endpoints anyone can reach:
 * the public survey pages and the website widget per client address, and the API per key (or per address without one). Over the limit the
 * answer is 429 with Retry-After, before any database work. Limits are per application node.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RateLimitFilter extends OncePerRequestFilter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();
    private final long publicPerMinute;
    private final long apiPerMinute;

    RateLimitFilter(@Value("${cx.rate-limit.public-per-minute:60}") long publicPerMinute,
            @Value("${cx.rate-limit.api-per-minute:3000}") long apiPerMinute) {
        this.publicPerMinute = publicPerMinute;
        this.apiPerMinute = apiPerMinute;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI();
        return !(path.startsWith("/s/") || path.startsWith("/api/") || path.startsWith("/widget/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var api = request.getRequestURI().startsWith("/api/");
        var key = api ? "api:" + callerOf(request) : "public:" + request.getRemoteAddr();
        var perMinute = api ? apiPerMinute : publicPerMinute;
        var bucket = buckets.get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        var retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (api) {
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too many requests\",\"status\":429,"
                    + "\"detail\":\"This API key sent more than " + perMinute + " requests in a minute. Retry after "
                    + retryAfter + " seconds.\"}");
        } else {
            response.setContentType("text/plain");
            response.getWriter().write("Too many requests. Please try again in " + retryAfter + " seconds.\n"
                    + "Demasiadas solicitudes. Vuelve a intentarlo en " + retryAfter + " segundos.\n");
        }
    }

    /** The API key's first characters (enough to tell keys apart, never the secret), or the address without one. */
    private static String callerOf(HttpServletRequest request) {
        var authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.length() > 20) {
            return "key:" + Integer.toHexString(authorization.hashCode());
        }
        return "addr:" + request.getRemoteAddr();
    }
}
