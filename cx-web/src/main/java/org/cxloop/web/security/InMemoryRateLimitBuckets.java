package org.cxloop.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Buckets in a bounded Caffeine cache: no database work per request, but each application node counts on its own,
 * so behind a load balancer with N nodes a caller gets up to N times the limit. The default for one node.
 */
@Component
@ConditionalOnProperty(name = "cx.rate-limit.store", havingValue = "memory", matchIfMissing = true)
class InMemoryRateLimitBuckets implements RateLimitBuckets {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    @Override
    public Bucket bucket(String key, long perMinute) {
        return buckets.get(key, k -> Bucket.builder().addLimit(RateLimitBuckets.perMinute(perMinute)).build());
    }
}
