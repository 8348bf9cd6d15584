-- Closing a case can send the customer a short follow-up message through the staff mail outbox: such a mail goes to
-- a customer instead of a user, so exactly one of the two recipients is set.
alter table follow_up_mail alter column recipient_id drop not null;
alter table follow_up_mail add column customer_id bigint references customer (id);
alter table follow_up_mail drop constraint follow_up_mail_kind_ck;
alter table follow_up_mail add constraint follow_up_mail_kind_ck check (kind in ('CASE_OPENED', 'DIGEST', 'CASE_CLOSED'));
alter table follow_up_mail add constraint follow_up_mail_recipient_ck check (
    (kind = 'CASE_CLOSED' and customer_id is not null and recipient_id is null and case_id is not null)
    or (kind <> 'CASE_CLOSED' and recipient_id is not null and customer_id is null));

-- The case history notes that the message was queued.
alter table follow_up_case_event drop constraint follow_up_case_event_kind_ck;
alter table follow_up_case_event add constraint follow_up_case_event_kind_ck
    check (kind in ('OPENED', 'ASSIGNED', 'STATUS', 'NOTE', 'MESSAGED'));
