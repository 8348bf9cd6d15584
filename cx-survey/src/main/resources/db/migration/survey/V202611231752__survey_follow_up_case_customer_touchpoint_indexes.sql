-- The customer page's timeline and the touchpoint page's case list read cases by customer and by touchpoint,
-- newest first.
create index follow_up_case_customer_idx on follow_up_case (customer_id, opened_at);
create index follow_up_case_touchpoint_idx on follow_up_case (touchpoint_id, opened_at);
