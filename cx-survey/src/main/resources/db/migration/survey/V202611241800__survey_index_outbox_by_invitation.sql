-- Answering or unsubscribing cancels the invitation's pending mail by invitation id, and removing an invitation
-- checks the outbox's foreign key: without this index each of those scanned the whole outbox, one row per
-- invitation ever sent (100 000 after one large campaign).
create index mail_outbox_invitation_idx on mail_outbox (invitation_id);
