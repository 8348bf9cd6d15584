-- Campaigns that invite each customer a set number of hours after their interaction at the campaign's touchpoint.
-- campaign_interaction is the ledger of interactions already decided (invited or skipped, with the reason), so the
-- trigger that runs every minute never decides one twice. A customer may now be invited again by the same campaign
-- for a later interaction (once the fatigue window has passed), so the one-invitation-per-customer key goes.
alter table campaign add column hours_after_interaction integer;
alter table campaign add constraint campaign_hours_after_ck check (hours_after_interaction between 1 and 720);

alter table invitation drop constraint invitation_campaign_customer_uk;
alter table invitation add column interaction_id bigint references interaction (id);
alter table invitation add constraint invitation_campaign_interaction_uk unique (campaign_id, interaction_id);
create index invitation_campaign_idx on invitation (campaign_id, customer_id);

create table campaign_interaction (
    campaign_id    bigint                   not null references campaign (id),
    interaction_id bigint                   not null references interaction (id),
    customer_id    bigint                   not null references customer (id),
    outcome        varchar(12),
    decided_at     timestamp with time zone not null,
    primary key (campaign_id, interaction_id),
    constraint campaign_interaction_outcome_ck check (outcome in ('INVITED', 'FATIGUE', 'OPTED_OUT', 'NO_EMAIL', 'BOUNCED'))
);
