package org.cxloop.web.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.sql.DatabaseMetaData;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Buckets in PostgreSQL (Bucket4j's select-for-update proxy on table {@code rate_limit_bucket}), so every application
 * node behind a load balancer draws from the same bucket per caller: the limit holds for the installation, not per
 * node. Costs one short row-locking transaction per limited request; buckets idle past their refill time are
 * removed every minute.
 */
@Component
@ConditionalOnProperty(name = "cx.rate-limit.store", havingValue = "database")
class DatabaseRateLimitBuckets implements RateLimitBuckets {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRateLimitBuckets.class);

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    DatabaseRateLimitBuckets(DataSource dataSource) {
        requirePostgreSql(dataSource);
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    @Override
    public Bucket bucket(String key, long perMinute) {
        return buckets.builder().build(key,
                () -> BucketConfiguration.builder().addLimit(RateLimitBuckets.perMinute(perMinute)).build());
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void removeIdleBuckets() {
        int removed;
        do {
            removed = buckets.removeExpired(1000);
        } while (removed == 1000);
    }

    private static void requirePostgreSql(DataSource dataSource) {
        try {
            var product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            if (!"PostgreSQL".equals(product)) {
                throw new IllegalStateException("cx.rate-limit.store=database shares rate limits through PostgreSQL, "
                        + "but the database is " + product + ". Use cx.rate-limit.store=memory (the default) with "
                        + "the embedded database.");
            }
        } catch (MetaDataAccessException e) {
            log.warn("Could not check the database product for shared rate limits: {}", e.getMessage());
        }
    }
}
