-- What an installation of CX Loop 0.1.0 (schema version 202611231740, commit 41313c9) holds after some weeks of
-- use: every table has rows, in every state the release could leave them. MigrationsOverPreviousReleaseIntegrationTests
-- loads this into a schema migrated to that version, then runs the newer migrations over it. Keep it as it is:
-- it stands for databases that exist in the field. A later release adds its own file beside this one.

insert into app_user (id, email, display_name, password_hash, role, enabled, created_at, last_sign_in_at) values
 (1, 'ana.admin@example.com', 'Ana Admin', '$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z3VZ9Z5N2y1r0b8xC3q5uY9e', 'ADMIN', true, '2026-10-01 09:00:00+00', '2026-11-20 08:12:00+00'),
 (2, 'marco.manager@example.com', 'Marco Manager', '$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z3VZ9Z5N2y1r0b8xC3q5uY9e', 'MANAGER', true, '2026-10-02 09:00:00+00', null),
 (3, 'former@example.com', 'Former Colleague', '$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z3VZ9Z5N2y1r0b8xC3q5uY9e', 'MANAGER', false, '2026-10-02 09:00:00+00', null);

insert into api_key (id, name, key_prefix, key_hash, created_by, created_at, last_used_at, revoked_at) values
 (1, 'Contact centre', 'cxk_ab12', 'f3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'ana.admin@example.com', '2026-10-03 10:00:00+00', '2026-11-22 17:00:00+00', null),
 (2, 'Old app', 'cxk_cd34', '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 'ana.admin@example.com', '2026-10-03 10:00:00+00', null, '2026-10-20 10:00:00+00');

insert into audit_event (id, occurred_at, actor, action, target, detail) values
 (1, '2026-10-03 10:00:00+00', 'ana.admin@example.com', 'API_KEY_CREATED', 'api-key:1', 'Contact centre'),
 (2, '2026-10-20 10:00:00+00', 'ana.admin@example.com', 'API_KEY_REVOKED', 'api-key:2', null);

insert into journey_stage (id, code, name, position) values
 (1, 'consider', 'Consideration', 0), (2, 'buy', 'Purchase', 1), (3, 'support', 'Support', 2);

insert into touchpoint (id, code, name, channel, stage_id) values
 (1, 'web-pricing', 'Pricing page', 'WEB', 1),
 (2, 'store-checkout', 'Store checkout', 'STORE', 2),
 (3, 'phone-support', 'Phone support', 'PHONE', 3),
 (4, 'chat-support', 'Chat support', 'CHAT', 3);

-- 300 customers in three segments, in English and Spanish; some churned, one opted out, one erased.
insert into customer (id, external_id, name, email, locale, segment, customer_since, churned_at, marketing_consent,
        survey_opt_out, created_at, updated_at, erased_at)
select n, 'C-' || lpad(n::text, 5, '0'), 'Customer ' || n, 'customer' || n || '@example.com',
       case when n % 3 = 0 then 'es' else 'en' end,
       (array['Families', 'Small business', 'Students'])[1 + n % 3],
       date '2025-01-01' + (n * 2),
       case when n % 10 = 0 then date '2026-09-01' + (n % 60) end,
       n % 2 = 0, n = 7, timestamptz '2026-10-01 00:00:00+00', timestamptz '2026-10-01 00:00:00+00', null
from generate_series(1, 300) as n;
update customer set name = 'Erased customer', email = null, erased_at = '2026-11-10 12:00:00+00' where id = 13;
-- A name and a comment with characters that must survive every migration byte for byte.
update customer set name = 'Zoë Ñúñez-O''Brien <b>' where id = 21;

insert into interaction (id, customer_id, touchpoint_id, occurred_at, resolved_on_first_contact, resolved_at)
select n, 1 + n % 300, 1 + n % 4, timestamptz '2026-08-01 08:00:00+00' + make_interval(hours => n * 2),
       n % 3 <> 0, case when n % 5 <> 0 then timestamptz '2026-08-01 08:00:00+00' + make_interval(hours => n * 2 + 1) end
from generate_series(1, 1200) as n;

insert into survey (id, name, survey_type, question_en, question_es, comment_prompt_en, comment_prompt_es, created_at) values
 (1, 'Relationship NPS', 'NPS', 'How likely are you to recommend us to a friend or colleague?',
  '¿Qué probabilidad hay de que nos recomiendes a un amigo o colega?', 'What is the main reason for your score?',
  '¿Cuál es el motivo principal de tu puntuación?', '2026-10-05 09:00:00+00'),
 (2, 'Support effort', 'CES', 'The company made it easy to handle my issue.', 'La empresa me facilitó resolver mi problema.',
  'Anything we could do better?', '¿Algo que podamos mejorar?', '2026-10-05 09:00:00+00');

insert into campaign (id, name, survey_id, touchpoint_id, audience, audience_segment, interactions_from, interactions_to,
        send_at, reminders, reminder_interval_hours, link_validity_days, follow_up, status, created_at, launched_at) values
 (1, 'Checkout NPS October', 1, 2, 'SEGMENT', 'Families', null, null, null, 1, 72, 14, true, 'LAUNCHED',
  '2026-10-06 09:00:00+00', '2026-10-06 09:05:00+00'),
 (2, 'Phone support effort', 2, 3, 'INTERACTION', null, '2026-10-01', '2026-10-31', '2026-11-02 09:00:00+00', 0, 72, 7,
  false, 'LAUNCHED', '2026-11-01 09:00:00+00', '2026-11-01 09:05:00+00'),
 (3, 'Draft chat survey', 2, 4, 'EVERYONE', null, null, null, null, 2, 48, 30, true, 'DRAFT', '2026-11-15 09:00:00+00', null);

-- Invitations in every state the release knows.
insert into invitation (id, campaign_id, customer_id, token_nonce, locale, status, created_at, send_after, sent_at,
        opened_at, answered_at, expires_at, reminders_sent, next_reminder_at, failure_reason)
select n, 1, n * 3, 'nonce-' || n, case when n % 2 = 0 then 'es' else 'en' end,
       (array['QUEUED', 'SENT', 'FAILED', 'OPENED', 'ANSWERED', 'EXPIRED', 'BOUNCED'])[1 + n % 7],
       timestamptz '2026-10-06 09:05:00+00', timestamptz '2026-10-06 09:05:00+00',
       case when n % 7 not in (0, 2) then timestamptz '2026-10-06 09:06:00+00' end,
       case when n % 7 in (3, 4) then timestamptz '2026-10-06 12:00:00+00' end,
       case when n % 7 = 4 then timestamptz '2026-10-06 12:01:00+00' end,
       timestamptz '2026-10-20 09:05:00+00', case when n % 7 = 1 then 1 else 0 end,
       case when n % 7 = 1 then timestamptz '2026-10-09 09:06:00+00' end,
       case when n % 7 = 2 then '550 mailbox unavailable' end
from generate_series(1, 70) as n;

insert into invitation_skip (id, campaign_id, customer_id, reason, created_at) values
 (1, 1, 7, 'OPTED_OUT', '2026-10-06 09:05:00+00'),
 (2, 1, 13, 'NO_EMAIL', '2026-10-06 09:05:00+00'),
 (3, 2, 4, 'FATIGUE', '2026-11-02 09:00:00+00');

insert into mail_outbox (id, invitation_id, kind, status, attempts, next_attempt_at, claimed_until, last_error, created_at, sent_at)
select n, n, case when n % 7 = 1 then 'REMINDER' else 'INVITATION' end,
       (array['PENDING', 'SENT', 'FAILED', 'SENT', 'SENT', 'CANCELLED', 'SENDING'])[1 + n % 7],
       n % 3, timestamptz '2026-10-06 09:05:00+00',
       case when n % 7 = 6 then timestamptz '2026-10-06 09:10:00+00' end,
       case when n % 7 = 2 then '550 mailbox unavailable' end,
       timestamptz '2026-10-06 09:05:00+00',
       case when n % 7 in (1, 3, 4) then timestamptz '2026-10-06 09:06:00+00' end
from generate_series(1, 70) as n;

-- 2,400 answers from every source, with comments in both languages; the answered invitations carry theirs.
insert into survey_response (id, customer_id, touchpoint_id, survey_type, score, comment, responded_at, source, created_at,
        invitation_id, idempotency_key)
select n, 1 + (n * 7) % 300, 1 + n % 4,
       (array['NPS', 'CSAT', 'CES'])[1 + n % 3],
       case n % 3 when 0 then n % 11 when 1 then 1 + n % 5 else 1 + n % 7 end,
       case when n % 4 = 0 then 'Waited ' || (n % 40) || ' minutes, staff was kind'
            when n % 4 = 1 then 'El precio es alto pero el servicio es bueno' end,
       timestamptz '2026-08-01 10:00:00+00' + make_interval(mins => n * 47),
       (array['EMAIL', 'API', 'IMPORT', 'DEMO'])[1 + n % 4],
       timestamptz '2026-08-01 10:00:00+00' + make_interval(mins => n * 47),
       null, case when n % 4 = 1 then 'api-' || n end
from generate_series(1, 2400) as n;
update survey_response r set invitation_id = i.id, customer_id = i.customer_id, touchpoint_id = 2, source = 'EMAIL'
from invitation i where i.status = 'ANSWERED' and r.id = i.id * 15;
update survey_response set comment = 'Zoë said: "=SUM(A1)" & <script>alert(1)</script> ¡genial!' where id = 12;

insert into signing_key (name, secret, created_at) values
 ('invitation', 'cHJldmlvdXMtcmVsZWFzZS1maXh0dXJlLXNpZ25pbmcta2V5LTI1Ni1iaXRz', '2026-10-01 09:00:00+00');

insert into data_import (id, kind, status, file_name, stored_path, total_rows, processed_rows, checkpoint, accepted,
        rejected, error, created_by, created_at, started_at, finished_at) values
 (1, 'CUSTOMERS', 'DONE', 'customers.csv', '/var/lib/cxloop/imports/1.csv', 300, 300, 300, 298, 2, null,
  'ana.admin@example.com', '2026-10-02 10:00:00+00', '2026-10-02 10:00:01+00', '2026-10-02 10:00:09+00'),
 (2, 'RESPONSES', 'FAILED', 'history.csv', '/var/lib/cxloop/imports/2.csv', null, 1000, 1000, 990, 10,
  'The file ended in the middle of a quoted field', 'ana.admin@example.com', '2026-10-04 10:00:00+00',
  '2026-10-04 10:00:01+00', '2026-10-04 10:01:00+00');

insert into data_import_rejection (id, import_id, line_number, reason) values
 (1, 1, 17, 'email: not a valid address'), (2, 1, 230, 'customer_since: not an ISO date (2025-13-01)'),
 (3, 2, 44, 'score: 11 is outside the NPS scale 0–10');

insert into journey (id, name, persona, description, archived, created_at, updated_at) values
 (1, 'Family shopping', 'Families', 'From first visit to support', false, '2026-10-07 09:00:00+00', '2026-11-01 09:00:00+00'),
 (2, 'Old B2B journey', 'Small business', null, true, '2026-10-07 09:00:00+00', '2026-10-30 09:00:00+00');

insert into journey_version (id, journey_id, number_in_journey, label, status, created_at, promoted_at) values
 (1, 1, 1, 'First map', 'SUPERSEDED', '2026-10-07 09:00:00+00', '2026-10-07 09:00:00+00'),
 (2, 1, 2, 'After the store redesign', 'AS_IS', '2026-10-20 09:00:00+00', '2026-11-01 09:00:00+00'),
 (3, 1, 3, 'Chat first', 'TO_BE', '2026-11-05 09:00:00+00', null),
 (4, 2, 1, null, 'AS_IS', '2026-10-07 09:00:00+00', '2026-10-07 09:00:00+00');

insert into journey_stage_card (id, version_id, stage_code, name, position) values
 (1, 1, 'consider', 'Consideration', 0), (2, 1, 'buy', 'Purchase', 1),
 (3, 2, 'consider', 'Consideration', 0), (4, 2, 'buy', 'Purchase', 1), (5, 2, 'support', 'Support', 2),
 (6, 3, 'consider', 'Consideration', 0), (7, 3, 'support', 'Support', 1), (8, 3, 'buy', 'Purchase', 2),
 (9, 4, 'buy', 'Purchase', 0);

insert into journey_touchpoint_card (id, version_id, stage_card_id, touchpoint_code, name, channel, owner_team,
        expectation, expected_csat, moment_of_truth, pain_points, position) values
 (1, 1, 1, 'web-pricing', 'Pricing page', 'WEB', 'Marketing', 'Clear prices', 4, false, null, 0),
 (2, 1, 2, 'store-checkout', 'Store checkout', 'STORE', 'Retail', 'No queue', 4, true, 'Queues at weekends', 0),
 (3, 2, 3, 'web-pricing', 'Pricing page', 'WEB', 'Marketing', 'Clear prices', 4, false, null, 0),
 (4, 2, 4, 'store-checkout', 'Store checkout', 'STORE', 'Retail', 'No queue, kind staff', 5, true, 'Queues at weekends', 0),
 (5, 2, 5, 'phone-support', 'Phone support', 'PHONE', 'Care', 'Solved in one call', 4, true, 'Long hold times', 0),
 (6, 3, 6, 'web-pricing', 'Pricing page', 'WEB', 'Marketing', 'Clear prices', 4, false, null, 0),
 (7, 3, 7, 'chat-support', 'Chat support', 'CHAT', 'Care', 'Answer within a minute', 4, true, null, 0),
 (8, 3, 8, 'store-checkout', 'Store checkout', 'STORE', 'Retail', null, null, false, null, 0),
 (9, 4, 9, 'store-checkout', 'Store checkout', 'STORE', null, null, null, false, null, 0);

insert into follow_up_rule (id, name, priority, touchpoint_id, campaign_id, survey_type, min_score, max_score, keywords,
        segment, owner_id, sla_hours, created_at) values
 (1, 'Checkout detractors', 10, 2, null, 'NPS', 0, 6, null, null, 2, 48, '2026-10-08 09:00:00+00'),
 (2, 'Angry words', 20, null, null, null, null, null, 'angry,refund,cancel', 'Small business', 3, 24, '2026-10-08 09:00:00+00');

insert into follow_up_case (id, response_id, customer_id, touchpoint_id, campaign_id, rule_id, rule_name, owner_id,
        status, outcome, sla_hours, opened_at, due_at, first_contact_at, first_contact_seconds, closed_at, close_seconds)
select n, r.id, r.customer_id, r.touchpoint_id, case when n % 2 = 0 then 1 end, case when n % 3 = 0 then null else 1 end,
       case when n % 3 = 0 then 'Detractors (built in)' else 'Checkout detractors' end,
       case when n % 5 = 0 then null else 2 end,
       (array['NEW', 'CONTACTED', 'RESOLVED', 'CLOSED'])[1 + n % 4],
       case when n % 4 = 3 then (array['WON_BACK', 'NOT_WON_BACK'])[1 + n % 2] end,
       48, r.responded_at, r.responded_at + interval '48 hours',
       case when n % 4 <> 0 then r.responded_at + interval '20 hours' end,
       case when n % 4 <> 0 then 72000 end,
       case when n % 4 = 3 then r.responded_at + interval '60 hours' end,
       case when n % 4 = 3 then 216000 end
from generate_series(1, 40) as n
join survey_response r on r.id = n * 3 * 5;

insert into follow_up_case_event (id, case_id, kind, actor, status, outcome, owner_id, note, created_at)
select n, n, 'OPENED', null, 'NEW', null, 2, null, c.opened_at from generate_series(1, 40) as n join follow_up_case c on c.id = n;
insert into follow_up_case_event (id, case_id, kind, actor, status, outcome, owner_id, note, created_at) values
 (41, 4, 'NOTE', 'marco.manager@example.com', null, null, null, 'Called, left a voicemail. Llamé y dejé mensaje.', '2026-10-10 09:00:00+00'),
 (42, 3, 'STATUS', 'marco.manager@example.com', 'CLOSED', 'WON_BACK', null, null, '2026-10-11 09:00:00+00'),
 (43, 5, 'ASSIGNED', 'ana.admin@example.com', null, null, 2, null, '2026-10-11 09:00:00+00');

insert into follow_up_mail (id, kind, recipient_id, case_id, digest_date, status, attempts, next_attempt_at, claimed_until,
        last_error, created_at, sent_at) values
 (1, 'CASE_OPENED', 2, 1, null, 'SENT', 1, '2026-10-10 09:00:00+00', null, null, '2026-10-10 09:00:00+00', '2026-10-10 09:00:05+00'),
 (2, 'CASE_OPENED', 2, 2, null, 'PENDING', 2, '2026-11-23 09:00:00+00', null, 'Connection refused', '2026-10-10 09:00:00+00', null),
 (3, 'DIGEST', 2, null, '2026-11-20', 'SENT', 1, '2026-11-20 07:00:00+00', null, null, '2026-11-20 07:00:00+00', '2026-11-20 07:00:03+00');

-- The daily rollups as the release's first start builds them (DailyRollups.rebuild) for the installation's zone.
insert into response_day_rollup (response_day, touchpoint_id, segment, survey_type, responses, promoters, detractors,
        satisfied, easy, score_sum, score_sum_of_squares)
select cast(e.responded_at at time zone 'Europe/Madrid' as date), e.touchpoint_id, c.segment, e.survey_type, count(*),
       count(*) filter (where e.survey_type = 'NPS' and e.score >= 9),
       count(*) filter (where e.survey_type = 'NPS' and e.score <= 6),
       count(*) filter (where e.survey_type = 'CSAT' and e.score >= 4),
       count(*) filter (where e.survey_type = 'CES' and e.score >= 5),
       sum(e.score), sum(e.score * e.score)
from survey_response e join customer c on c.id = e.customer_id
group by 1, 2, 3, 4;
insert into interaction_day_rollup (interaction_day, touchpoint_id, segment, interactions, first_contact, resolved,
        resolution_seconds)
select cast(e.occurred_at at time zone 'Europe/Madrid' as date), e.touchpoint_id, c.segment, count(*),
       count(*) filter (where e.resolved_on_first_contact), count(e.resolved_at),
       coalesce(sum(extract(epoch from e.resolved_at) - extract(epoch from e.occurred_at)), 0)
from interaction e join customer c on c.id = e.customer_id
group by 1, 2, 3;
insert into metrics_rollup_state (id, time_zone, built_at) values (1, 'Europe/Madrid', '2026-10-01 09:00:00+00');

-- Identity columns continue after the rows above, as they would in the field.
do $$
declare t text;
begin
    for t in select table_name from information_schema.columns
             where table_schema = current_schema() and column_name = 'id' and is_identity = 'YES' loop
        execute format('select setval(pg_get_serial_sequence(%L, ''id''), (select coalesce(max(id), 0) + 1 from %I), false)', t, t);
    end loop;
end $$;
