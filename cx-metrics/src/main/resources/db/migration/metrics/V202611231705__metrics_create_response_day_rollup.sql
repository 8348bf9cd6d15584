-- Survey answers added up per calendar day (in the installation's time zone), touchpoint, customer segment and survey
-- type, so dashboards over long periods read a few thousand rows instead of every answer. On PostgreSQL the triggers
-- in db/vendor/postgresql keep it current in the transaction of every write; ResponseRollups rebuilds it whole when
-- it was built for another time zone. Elsewhere (H2) it stays empty and the metrics read the answers themselves.
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

-- Which time zone the rollup's days are in; no row means there is no rollup to read.
create table response_rollup_state (
    id        integer                  not null primary key,
    time_zone varchar(64)              not null,
    built_at  timestamp with time zone not null
);
