-- A follow-up case opens for a survey answer or, by the same rules, for negative feedback from another channel about
-- a known customer: exactly one of the two is set. Feedback may name no touchpoint, so neither may the case.
alter table follow_up_case alter column response_id drop not null;
alter table follow_up_case alter column touchpoint_id drop not null;
alter table follow_up_case add column feedback_id bigint references external_feedback (id);
alter table follow_up_case add constraint follow_up_case_feedback_uk unique (feedback_id);
alter table follow_up_case add constraint follow_up_case_source_ck check ((response_id is null) <> (feedback_id is null));
