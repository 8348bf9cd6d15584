-- Customers added up per day they joined or churned (and segment), and per month they joined and month they churned
-- (and segment), so churn, retention and cohorts over a million customers read a few thousand rows instead of every
-- customer. On PostgreSQL the triggers in db/vendor/postgresql keep them current in every writer's transaction, and
-- DailyRollups builds them with the other daily rollups; elsewhere (H2) they stay empty and the metrics count the
-- customers themselves.
create table customer_day_rollup (
    customer_day date         not null,
    segment      varchar(100),
    joined       bigint       not null,
    churned      bigint       not null
);

create table customer_cohort_rollup (
    cohort_month date         not null,
    churn_month  date,
    segment      varchar(100),
    customers    bigint       not null
);

-- The customers who churned in a period, counted by whether they had joined before it, are read from this index
-- alone (it also serves every lookup the index on churned_at alone served).
create index customer_churn_since_idx on customer (churned_at, customer_since, segment);
drop index customer_churned_at_idx;
