package org.cxloop.web.security;

import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Token-bucket rate limits (Bucket4j) for the endpoints anyone can reach: the public survey pages and the website
 * widget per client address, and the API per key (or per address without one). Over the limit the answer is 429
 * with Retry-After, before any other work. The buckets live in this node's memory or, with
 * {@code cx.rate-limit.store=database}, in PostgreSQL for every node at once (see {@link RateLimitBuckets}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RateLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

    private final RateLimitBuckets buckets;
    private final long publicPerMinute;
    private final long apiPerMinute;

    RateLimitFilter(ObjectProvider<RateLimitBuckets> buckets, @Value("${cx.rate-limit.public-per-minute:60}") long publicPerMinute,
            @Value("${cx.rate-limit.api-per-minute:3000}") long apiPerMinute) {
        // Web slice tests build the filters without the bucket stores: they get the in-memory one.
        this.buckets = buckets.getIfAvailable(InMemoryRateLimitBuckets::new);
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
        ConsumptionProbe probe;
        try {
            probe = buckets.bucket(key, perMinute).tryConsumeAndReturnRemaining(1);
        } catch (BucketExceptions.BucketExecutionException | DataAccessException e) {
            // The shared bucket store is unreachable (the database is down): let the request through; it meets
            // the same outage next and gets its 503 there, rather than a rate limiter's error.
            log.warn("Rate limit not checked for {}: {}", key, e.getMessage());
            chain.doFilter(request, response);
            return;
        }
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
