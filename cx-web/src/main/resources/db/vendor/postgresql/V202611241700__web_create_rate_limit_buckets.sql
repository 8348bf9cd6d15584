-- Token buckets shared by every application node when cx.rate-limit.store=database (Bucket4j's PostgreSQL proxy:
-- one row per caller, its serialized state, and when it may be removed, in epoch milliseconds). PostgreSQL only:
-- the embedded database runs one node and keeps its buckets in memory.
create table rate_limit_bucket (
    id         varchar(200) primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_bucket_expires_idx on rate_limit_bucket (expires_at);
