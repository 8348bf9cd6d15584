-- The daily rollups' triggers with their SQL written out, so PostgreSQL plans it once per connection instead of at
-- every statement. The dynamic SQL they had (EXECUTE format(...)) was parsed and planned on each INSERT: 0.36 ms of
-- a single-row insert's 0.40 ms, measured as 5 000 inserts with and without the trigger. Written out, the trigger
-- costs about a quarter of that.
--
-- Static SQL needs one name for the rows a statement wrote, so each trigger names its transition table changed_rows
-- and says by its argument whether those rows arrive (1) or leave (-1). An UPDATE fires two triggers, one for the
-- rows as they were (-1) and one for the rows as they are (1), which together count what the single grouped upsert
-- counted before. Customers are still locked in share mode first, as before, so a concurrent change of a customer's
-- segment waits for this transaction, or this statement for it.
drop trigger survey_response_rollup_insert on survey_response;
drop trigger survey_response_rollup_update on survey_response;
drop trigger survey_response_rollup_delete on survey_response;
drop trigger interaction_rollup_insert on interaction;
drop trigger interaction_rollup_update on interaction;
drop trigger interaction_rollup_delete on interaction;
drop function response_day_rollup_on_write();
drop function interaction_day_rollup_on_write();

create function response_day_rollup_on_write() returns trigger language plpgsql as $$
declare
    zone text;
    direction integer := tg_argv[0]::integer;
begin
    select time_zone into zone from metrics_rollup_state where id = 1;
    if zone is null then
        return null;
    end if;
    perform 1 from customer c where c.id in (select customer_id from changed_rows) order by c.id for share;
    insert into response_day_rollup as r (response_day, touchpoint_id, segment, survey_type, responses, promoters,
                                          detractors, satisfied, easy, score_sum, score_sum_of_squares)
    select (x.responded_at at time zone zone)::date, x.touchpoint_id, c.segment, x.survey_type,
           direction * count(*),
           direction * count(*) filter (where x.survey_type = 'NPS' and x.score >= 9),
           direction * count(*) filter (where x.survey_type = 'NPS' and x.score <= 6),
           direction * count(*) filter (where x.survey_type = 'CSAT' and x.score >= 4),
           direction * count(*) filter (where x.survey_type = 'CES' and x.score >= 5),
           direction * sum(x.score),
           direction * sum(x.score * x.score)
    from changed_rows x join customer c on c.id = x.customer_id
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
    return null;
end
$$;

create trigger survey_response_rollup_insert after insert on survey_response
    referencing new table as changed_rows for each statement execute function response_day_rollup_on_write('1');
create trigger survey_response_rollup_update_from after update on survey_response
    referencing old table as changed_rows for each statement execute function response_day_rollup_on_write('-1');
create trigger survey_response_rollup_update_to after update on survey_response
    referencing new table as changed_rows for each statement execute function response_day_rollup_on_write('1');
create trigger survey_response_rollup_delete after delete on survey_response
    referencing old table as changed_rows for each statement execute function response_day_rollup_on_write('-1');

create function interaction_day_rollup_on_write() returns trigger language plpgsql as $$
declare
    zone text;
    direction integer := tg_argv[0]::integer;
begin
    select time_zone into zone from metrics_rollup_state where id = 1;
    if zone is null then
        return null;
    end if;
    perform 1 from customer c where c.id in (select customer_id from changed_rows) order by c.id for share;
    insert into interaction_day_rollup as r (interaction_day, touchpoint_id, segment, interactions, first_contact,
                                             resolved, resolution_seconds)
    select (x.occurred_at at time zone zone)::date, x.touchpoint_id, c.segment,
           direction * count(*),
           direction * count(*) filter (where x.resolved_on_first_contact),
           direction * count(x.resolved_at),
           direction * coalesce(sum(extract(epoch from x.resolved_at) - extract(epoch from x.occurred_at)), 0)
    from changed_rows x join customer c on c.id = x.customer_id
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

create trigger interaction_rollup_insert after insert on interaction
    referencing new table as changed_rows for each statement execute function interaction_day_rollup_on_write('1');
create trigger interaction_rollup_update_from after update on interaction
    referencing old table as changed_rows for each statement execute function interaction_day_rollup_on_write('-1');
create trigger interaction_rollup_update_to after update on interaction
    referencing new table as changed_rows for each statement execute function interaction_day_rollup_on_write('1');
create trigger interaction_rollup_delete after delete on interaction
    referencing old table as changed_rows for each statement execute function interaction_day_rollup_on_write('-1');
