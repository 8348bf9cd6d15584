-- Webhook endpoints can be paused, and their signing secret rotated: the secret it replaced keeps signing too (a second
-- signature) until the overlap window after secret_rotated_at ends, so receivers can switch without losing deliveries.
alter table webhook_endpoint add column active boolean not null default true;
alter table webhook_endpoint add column previous_secret varchar(200);
alter table webhook_endpoint add column secret_rotated_at timestamp with time zone;
