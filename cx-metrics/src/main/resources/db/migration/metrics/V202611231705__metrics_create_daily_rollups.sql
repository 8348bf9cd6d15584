-- Survey answers and interactions added up per calendar day (in the installation's time zone), touchpoint and
-- customer segment (and survey type), so dashboards over long periods read a few thousand rows instead of every event.
-- On PostgreSQL the triggers in db/vendor/postgresql keep them current in the transaction of every write;
-- DailyRollups rebuilds them whole when they were built for another time zone. Elsewhere (H2) they stay empty and
-- the metrics read the events themselves.
create table response_day_rollup (
    response_day         date         not null,
    touchpoint_id        bigint       not null,
    segment              varchar(100),
    survey_type          varchar(4)   not null,
    responses            bigint       not null,
    promoters            bigint       not null,
    detractors           bigint       not null,
    satisfied            bigint       not null,
    easy                 bigint       not null,
    score_sum            bigint       not null,
    score_sum_of_squares bigint       not null
);

create table interaction_day_rollup (
    interaction_day    date           not null,
    touchpoint_id      bigint         not null,
    segment            varchar(100),
    interactions       bigint         not null,
    first_contact      bigint         not null,
    resolved           bigint         not null,
    resolution_seconds numeric(30, 6) not null
);

-- Which time zone the rollups' days are in; no row means there is no rollup to read.
create table metrics_rollup_state (
    id        integer                  not null primary key,
    time_zone varchar(64)              not null,
    built_at  timestamp with time zone not null
);
