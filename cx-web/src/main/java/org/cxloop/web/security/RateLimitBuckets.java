package org.cxloop.web.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;

/** Where the rate limiter keeps its token buckets: in this node's memory, or shared by every node in the database. */
interface RateLimitBuckets {

    /** The bucket for a caller, holding {@code perMinute} tokens that refill evenly over a minute. */
    Bucket bucket(String key, long perMinute);

    static Bandwidth perMinute(long perMinute) {
        return Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build();
    }
}
