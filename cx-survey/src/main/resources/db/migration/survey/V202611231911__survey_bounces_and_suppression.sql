-- Bounces: each outbox mail carries the Message-ID it was sent with, so a provider's bounce report can name it;
-- a hard bounce puts the address on a suppression list that launches and the outbox respect.
alter table mail_outbox add column message_id varchar(200);
alter table mail_outbox add constraint mail_outbox_message_id_uk unique (message_id);

alter table invitation add column bounced_at timestamp with time zone;

create table mail_suppression (
    email      varchar(320)             not null primary key,
    reason     varchar(500),
    created_at timestamp with time zone not null
);

alter table invitation_skip drop constraint invitation_skip_reason_ck;
alter table invitation_skip add constraint invitation_skip_reason_ck
    check (reason in ('FATIGUE', 'OPTED_OUT', 'NO_EMAIL', 'BOUNCED'));
