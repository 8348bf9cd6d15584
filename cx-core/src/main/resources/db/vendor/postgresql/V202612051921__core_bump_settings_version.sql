-- Any write to a table whose rows app nodes keep for answers raises settings_version, in the writing transaction.
create function bump_answer_settings_version() returns trigger language plpgsql as $$
begin
    update settings_version set version = version + 1 where name = 'answer';
    return null;
end
$$;

create trigger follow_up_rule_bumps_settings after insert or update or delete or truncate on follow_up_rule
    for each statement execute function bump_answer_settings_version();
create trigger experiment_bumps_settings after insert or update or delete or truncate on experiment
    for each statement execute function bump_answer_settings_version();
create trigger experiment_variant_bumps_settings after insert or update or delete or truncate on experiment_variant
    for each statement execute function bump_answer_settings_version();
create trigger webhook_endpoint_bumps_settings after insert or update or delete or truncate on webhook_endpoint
    for each statement execute function bump_answer_settings_version();
create trigger webhook_subscription_bumps_settings after insert or update or delete or truncate on webhook_subscription
    for each statement execute function bump_answer_settings_version();
create trigger touchpoint_bumps_settings after insert or update or delete or truncate on touchpoint
    for each statement execute function bump_answer_settings_version();
