-- When a customer's personal data was erased on request (GDPR art. 17); the row stays so scores and metrics keep.
alter table customer add column erased_at timestamp with time zone;
