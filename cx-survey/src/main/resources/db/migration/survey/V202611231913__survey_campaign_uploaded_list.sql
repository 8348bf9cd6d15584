-- A campaign's audience can be an uploaded list of customers (by external id or email): the list's members.
alter table campaign drop constraint campaign_audience_ck;
alter table campaign add constraint campaign_audience_ck check (audience in ('SEGMENT', 'INTERACTION', 'EVERYONE', 'LIST'));

create table campaign_audience (
    campaign_id bigint not null references campaign (id),
    customer_id bigint not null references customer (id),
    primary key (campaign_id, customer_id)
);
