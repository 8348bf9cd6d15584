-- PostgreSQL keeps the daily rollups current with statement-level triggers: one grouped upsert per INSERT, COPY,
-- UPDATE or DELETE statement, whatever its row count, in the writer's own transaction. Nothing happens while
-- metrics_rollup_state is empty (DailyRollups builds the rollups first). Transition tables are only visible in the
-- trigger function itself, hence the dynamic SQL over them.
create unique index response_day_rollup_key on response_day_rollup (response_day, touchpoint_id, segment, survey_type) nulls not distinct;
create unique index interaction_day_rollup_key on interaction_day_rollup (interaction_day, touchpoint_id, segment) nulls not distinct;

-- Adds the answers a statement wrote: sign 1 for rows that arrive and -1 for rows that leave (an UPDATE does both).
-- Customers are locked in share mode so a concurrent change of a customer's segment waits for this transaction, or
-- this statement for it, and no answer is counted in a stale segment.
create function response_day_rollup_on_write() returns trigger language plpgsql as $$
declare
    zone text;
    source text;
begin
    select time_zone into zone from metrics_rollup_state where id = 1;
    if zone is null then
        return null;
    end if;
    source := case tg_op
        when 'INSERT' then 'select responded_at, touchpoint_id, customer_id, survey_type, score, 1 as sign from new_rows'
        when 'DELETE' then 'select responded_at, touchpoint_id, customer_id, survey_type, score, -1 as sign from old_rows'
        else 'select responded_at, touchpoint_id, customer_id, survey_type, score, 1 as sign from new_rows'
             || ' union all select responded_at, touchpoint_id, customer_id, survey_type, score, -1 from old_rows'
    end;
    execute format($sql$
        select 1 from customer c where c.id in (select customer_id from (%s) x) order by c.id for share$sql$, source);
    execute format($sql$
        insert into response_day_rollup as r (response_day, touchpoint_id, segment, survey_type, responses, promoters,
                                              detractors, satisfied, easy, score_sum, score_sum_of_squares)
        select (x.responded_at at time zone %L)::date, x.touchpoint_id, c.segment, x.survey_type,
               sum(x.sign),
               coalesce(sum(x.sign) filter (where x.survey_type = 'NPS' and x.score >= 9), 0),
               coalesce(sum(x.sign) filter (where x.survey_type = 'NPS' and x.score <= 6), 0),
               coalesce(sum(x.sign) filter (where x.survey_type = 'CSAT' and x.score >= 4), 0),
               coalesce(sum(x.sign) filter (where x.survey_type = 'CES' and x.score >= 5), 0),
               sum(x.sign * x.score),
               sum(x.sign * x.score * x.score)
        from (%s) x join customer c on c.id = x.customer_id
        group by 1, 2, 3, 4
        order by 1, 2, 3, 4
        on conflict (response_day, touchpoint_id, segment, survey_type) do update set
            responses = r.responses + excluded.responses,
            promoters = r.promoters + excluded.promoters,
            detractors = r.detractors + excluded.detractors,
            satisfied = r.satisfied + excluded.satisfied,
            easy = r.easy + excluded.easy,
            score_sum = r.score_sum + excluded.score_sum,
            score_sum_of_squares = r.score_sum_of_squares + excluded.score_sum_of_squares$sql$, zone, source);
    return null;
end
$$;

create trigger survey_response_rollup_insert after insert on survey_response
    referencing new table as new_rows for each statement execute function response_day_rollup_on_write();
create trigger survey_response_rollup_update after update on survey_response
    referencing old table as old_rows new table as new_rows for each statement execute function response_day_rollup_on_write();
create trigger survey_response_rollup_delete after delete on survey_response
    referencing old table as old_rows for each statement execute function response_day_rollup_on_write();

-- The same for interactions.
create function interaction_day_rollup_on_write() returns trigger language plpgsql as $$
declare
    zone text;
    source text;
begin
    select time_zone into zone from metrics_rollup_state where id = 1;
    if zone is null then
        return null;
    end if;
    source := case tg_op
        when 'INSERT' then 'select occurred_at, resolved_at, resolved_on_first_contact, touchpoint_id, customer_id, 1 as sign from new_rows'
        when 'DELETE' then 'select occurred_at, resolved_at, resolved_on_first_contact, touchpoint_id, customer_id, -1 as sign from old_rows'
        else 'select occurred_at, resolved_at, resolved_on_first_contact, touchpoint_id, customer_id, 1 as sign from new_rows'
             || ' union all select occurred_at, resolved_at, resolved_on_first_contact, touchpoint_id, customer_id, -1 from old_rows'
    end;
    execute format($sql$
        select 1 from customer c where c.id in (select customer_id from (%s) x) order by c.id for share$sql$, source);
    execute format($sql$
        insert into interaction_day_rollup as r (interaction_day, touchpoint_id, segment, interactions, first_contact,
                                                 resolved, resolution_seconds)
        select (x.occurred_at at time zone %L)::date, x.touchpoint_id, c.segment,
               sum(x.sign),
               coalesce(sum(x.sign) filter (where x.resolved_on_first_contact), 0),
               coalesce(sum(x.sign) filter (where x.resolved_at is not null), 0),
               coalesce(sum(x.sign * (extract(epoch from x.resolved_at) - extract(epoch from x.occurred_at))), 0)
        from (%s) x join customer c on c.id = x.customer_id
        group by 1, 2, 3
        order by 1, 2, 3
        on conflict (interaction_day, touchpoint_id, segment) do update set
            interactions = r.interactions + excluded.interactions,
            first_contact = r.first_contact + excluded.first_contact,
            resolved = r.resolved + excluded.resolved,
            resolution_seconds = r.resolution_seconds + excluded.resolution_seconds$sql$, zone, source);
    return null;
end
$$;

create trigger interaction_rollup_insert after insert on interaction
    referencing new table as new_rows for each statement execute function interaction_day_rollup_on_write();
create trigger interaction_rollup_update after update on interaction
    referencing old table as old_rows new table as new_rows for each statement execute function interaction_day_rollup_on_write();
create trigger interaction_rollup_delete after delete on interaction
    referencing old table as old_rows for each statement execute function interaction_day_rollup_on_write();

create function daily_rollup_on_truncate() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'survey_response' then
        delete from response_day_rollup;
    else
        delete from interaction_day_rollup;
    end if;
    return null;
end
$$;

create trigger survey_response_rollup_truncate after truncate on survey_response
    for each statement execute function daily_rollup_on_truncate();
create trigger interaction_rollup_truncate after truncate on interaction
    for each statement execute function daily_rollup_on_truncate();

-- A customer whose segment changes takes its answers and interactions from the old segment's rows to the new one's.
create function daily_rollup_on_segment_change() returns trigger language plpgsql as $$
declare
    zone text;
begin
    select time_zone into zone from metrics_rollup_state where id = 1;
    if zone is null or not exists (select 1 from old_rows o join new_rows n on n.id = o.id
                                   where o.segment is distinct from n.segment) then
        return null;
    end if;
    with moved_customer as (
        select n.id, n.segment, 1 as sign from old_rows o join new_rows n on n.id = o.id
        where o.segment is distinct from n.segment
        union all
        select o.id, o.segment, -1 from old_rows o join new_rows n on n.id = o.id
        where o.segment is distinct from n.segment)
    insert into response_day_rollup as r (response_day, touchpoint_id, segment, survey_type, responses, promoters,
                                          detractors, satisfied, easy, score_sum, score_sum_of_squares)
    select (e.responded_at at time zone zone)::date, e.touchpoint_id, m.segment, e.survey_type,
           sum(m.sign),
           coalesce(sum(m.sign) filter (where e.survey_type = 'NPS' and e.score >= 9), 0),
           coalesce(sum(m.sign) filter (where e.survey_type = 'NPS' and e.score <= 6), 0),
           coalesce(sum(m.sign) filter (where e.survey_type = 'CSAT' and e.score >= 4), 0),
           coalesce(sum(m.sign) filter (where e.survey_type = 'CES' and e.score >= 5), 0),
           sum(m.sign * e.score),
           sum(m.sign * e.score * e.score)
    from moved_customer m join survey_response e on e.customer_id = m.id
    group by 1, 2, 3, 4
    order by 1, 2, 3, 4
    on conflict (response_day, touchpoint_id, segment, survey_type) do update set
        responses = r.responses + excluded.responses,
        promoters = r.promoters + excluded.promoters,
        detractors = r.detractors + excluded.detractors,
        satisfied = r.satisfied + excluded.satisfied,
        easy = r.easy + excluded.easy,
        score_sum = r.score_sum + excluded.score_sum,
        score_sum_of_squares = r.score_sum_of_squares + excluded.score_sum_of_squares;
    with moved_customer as (
        select n.id, n.segment, 1 as sign from old_rows o join new_rows n on n.id = o.id
        where o.segment is distinct from n.segment
        union all
        select o.id, o.segment, -1 from old_rows o join new_rows n on n.id = o.id
        where o.segment is distinct from n.segment)
    insert into interaction_day_rollup as r (interaction_day, touchpoint_id, segment, interactions, first_contact,
                                             resolved, resolution_seconds)
    select (e.occurred_at at time zone zone)::date, e.touchpoint_id, m.segment,
           sum(m.sign),
           coalesce(sum(m.sign) filter (where e.resolved_on_first_contact), 0),
           coalesce(sum(m.sign) filter (where e.resolved_at is not null), 0),
           coalesce(sum(m.sign * (extract(epoch from e.resolved_at) - extract(epoch from e.occurred_at))), 0)
    from moved_customer m join interaction e on e.customer_id = m.id
    group by 1, 2, 3
    order by 1, 2, 3
    on conflict (interaction_day, touchpoint_id, segment) do update set
        interactions = r.interactions + excluded.interactions,
        first_contact = r.first_contact + excluded.first_contact,
        resolved = r.resolved + excluded.resolved,
        resolution_seconds = r.resolution_seconds + excluded.resolution_seconds;
    return null;
end
$$;

create trigger customer_rollup_segment after update on customer
    referencing old table as old_rows new table as new_rows for each statement execute function daily_rollup_on_segment_change();
