-- PostgreSQL keeps the customer rollups current as it does the daily rollups of answers and interactions: one grouped
-- upsert per INSERT, COPY, UPDATE or DELETE statement on customer, in the writer's transaction, and nothing while
-- metrics_rollup_state is empty (DailyRollups builds every rollup first). An UPDATE counts only the customers whose
-- joining day, churn day or segment changed.
create unique index customer_day_rollup_key on customer_day_rollup (customer_day, segment) nulls not distinct;
create unique index customer_cohort_rollup_key on customer_cohort_rollup (cohort_month, churn_month, segment) nulls not distinct;

create function customer_rollups_on_write() returns trigger language plpgsql as $$
declare
    source text;
begin
    if not exists (select 1 from metrics_rollup_state where id = 1) then
        return null;
    end if;
    source := case tg_op
        when 'INSERT' then 'select customer_since, churned_at, segment, 1 as sign from new_rows'
        when 'DELETE' then 'select customer_since, churned_at, segment, -1 as sign from old_rows'
        else 'select n.customer_since, n.churned_at, n.segment, 1 as sign from new_rows n join old_rows o on o.id = n.id'
             || ' where (n.customer_since, n.churned_at, n.segment) is distinct from (o.customer_since, o.churned_at, o.segment)'
             || ' union all select o.customer_since, o.churned_at, o.segment, -1 from new_rows n join old_rows o on o.id = n.id'
             || ' where (n.customer_since, n.churned_at, n.segment) is distinct from (o.customer_since, o.churned_at, o.segment)'
    end;
    execute format($sql$
        insert into customer_day_rollup as r (customer_day, segment, joined, churned)
        select d.customer_day, d.segment, sum(d.joined), sum(d.churned)
        from (select x.customer_since as customer_day, x.segment, x.sign as joined, 0 as churned from (%1$s) x
              union all
              select x.churned_at, x.segment, 0, x.sign from (%1$s) x where x.churned_at is not null) d
        group by 1, 2
        order by 1, 2
        on conflict (customer_day, segment) do update set
            joined = r.joined + excluded.joined,
            churned = r.churned + excluded.churned$sql$, source);
    execute format($sql$
        insert into customer_cohort_rollup as r (cohort_month, churn_month, segment, customers)
        select cast(date_trunc('month', x.customer_since) as date), cast(date_trunc('month', x.churned_at) as date),
               x.segment, sum(x.sign)
        from (%s) x
        group by 1, 2, 3
        order by 1, 2, 3
        on conflict (cohort_month, churn_month, segment) do update set
            customers = r.customers + excluded.customers$sql$, source);
    return null;
end
$$;

create trigger customer_rollups_insert after insert on customer
    referencing new table as new_rows for each statement execute function customer_rollups_on_write();
create trigger customer_rollups_update after update on customer
    referencing old table as old_rows new table as new_rows for each statement execute function customer_rollups_on_write();
create trigger customer_rollups_delete after delete on customer
    referencing old table as old_rows for each statement execute function customer_rollups_on_write();

create function customer_rollups_on_truncate() returns trigger language plpgsql as $$
begin
    delete from customer_day_rollup;
    delete from customer_cohort_rollup;
    return null;
end
$$;

create trigger customer_rollups_truncate after truncate on customer
    for each statement execute function customer_rollups_on_truncate();

-- An installation whose other rollups are built gets these built now from its customers; otherwise DailyRollups
-- builds them all at the next start.
insert into customer_day_rollup (customer_day, segment, joined, churned)
select d.customer_day, d.segment, sum(d.joined), sum(d.churned)
from (select customer_since as customer_day, segment, 1 as joined, 0 as churned from customer
      union all
      select churned_at, segment, 0, 1 from customer where churned_at is not null) d
where exists (select 1 from metrics_rollup_state where id = 1)
group by 1, 2;

insert into customer_cohort_rollup (cohort_month, churn_month, segment, customers)
select cast(date_trunc('month', customer_since) as date), cast(date_trunc('month', churned_at) as date), segment, count(*)
from customer
where exists (select 1 from metrics_rollup_state where id = 1)
group by 1, 2, 3;
