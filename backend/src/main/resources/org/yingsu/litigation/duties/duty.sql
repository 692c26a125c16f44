-- The stored duties (V80__duty.sql), written by DutyWriter. These statements only move facts in and results out;
-- the rule itself is litigation.rules.Duties, in Java.

-- name: stale
-- The cases this transaction changed and has not yet recomputed.
select case_id from duty_stale where txid = txid_current()

-- name: lock
-- The posts lock shared (a change of an official's post takes it exclusive), then each case's own lock in key
-- order, so that two writers never wait on each other in a cycle. Held until the transaction ends: a writer that
-- comes second reads, after this statement, everything the first one committed. (An Append runs its branches in
-- order.)
select count(*) as locks from (
    select pg_advisory_xact_lock_shared(80, 0) as l
    union all
    (select pg_advisory_xact_lock(81, k) from (select distinct unnest(:keys::int[]) as k order by 1) s)) x

-- name: facts
-- Each case with everything the rule reads, as one JSON document per case: one round trip whatever the case holds.
select c.id, json_build_object(
    'id', c.id, 'trialLevel', c.trial_level, 'mandatoryCategories', c.mandatory_categories,
    'designated', c.designated_agency_ids, 'handlingAgencyId', c.handling_agency_id,
    'bureauAgencyId', (select b.id from agency_directory b where b.code = :bureau::text),
    'outcome', (select json_build_object('result', o.result, 'concludedOn', o.concluded_on,
                                         'coordinated', o.coordinated) from outcome o where o.case_id = c.id),
    'defendants', (select coalesce(json_agg(json_build_object('agencyId', d.agency_id, 'kind', g.kind)), '[]')
                     from case_defendant d join agency_directory g on g.id = d.agency_id where d.case_id = c.id),
    'hearings', (select coalesce(json_agg(json_build_object(
        'id', h.id, 'scheduledAt', h.scheduled_at, 'status', h.status,
        'notices', (select coalesce(json_agg(json_build_object('agencyId', n.agency_id, 'servedOn', n.served_on)),
                                    '[]') from notice n where n.hearing_id = h.id),
        'appearances', (select coalesce(json_agg(json_build_object(
                'agencyId', a.agency_id, 'officialId', o.id, 'officialAgencyId', o.agency_id,
                'officialAgencyParentId', p.parent_id, 'role', o.role, 'validFrom', o.valid_from,
                'validTo', o.valid_to, 'source', a.source, 'spoke', a.spoke, 'leftEarly', a.left_early,
                'identityStatus', a.identity_status)), '[]')
            from appearance a join official_directory o on o.id = a.official_id
            join agency_directory p on p.id = o.agency_id
            where a.hearing_id = h.id),
        'delegations', (select coalesce(json_agg(json_build_object('agencyId', g.agency_id, 'status', g.status,
                'filedOn', g.filed_on, 'courtFinding', g.court_finding)), '[]')
            from delegation g where g.hearing_id = h.id))), '[]')
        from hearing h where h.case_id = c.id and h.status = 'HELD')
)::text as facts
from litigation_case c
where c.id = any(:ids::bigint[])

-- name: clear
-- Removes the duties, per-hearing figures and outcomes of the cases recomputed, and clears them from duty_stale.
with gone_duties as (delete from duty where case_id = any(:ids::bigint[])),
gone_hearings as (delete from duty_hearing where case_id = any(:ids::bigint[])),
gone_outcomes as (delete from duty_outcome where case_id = any(:ids::bigint[]))
delete from duty_stale where txid = txid_current() and case_id = any(:ids::bigint[])

-- name: write
-- Stores them again as the rule computed them (a separate statement: in one, the insert could meet the rows the
-- delete had not yet removed).
with new_duties as (insert into duty (case_id, agency_id, kind, hearing_id, duty_date, trial_level,
                                      mandatory_categories, status, covered_hearing_ids)
    select case_id, agency_id, kind, hearing_id, duty_date, trial_level, mandatory_categories, status,
           covered_hearing_ids
      from jsonb_to_recordset(:duties::jsonb) as r(case_id bigint, agency_id bigint, kind text, hearing_id bigint,
           duty_date date, trial_level text, mandatory_categories text[], status text, covered_hearing_ids bigint[])),
new_outcomes as (insert into duty_outcome (case_id, agency_id, concluded_on, trial_level, result, coordinated)
    select case_id, agency_id, concluded_on, trial_level, result, coordinated
      from jsonb_to_recordset(:outcomes::jsonb) as r(case_id bigint, agency_id bigint, concluded_on date,
           trial_level text, result text, coordinated boolean))
insert into duty_hearing (hearing_id, agency_id, case_id, hearing_date, trial_level, defends, notices, late_notices,
                          head_appeared, silent, left_early, no_one_appeared)
select hearing_id, agency_id, case_id, hearing_date, trial_level, defends, notices, late_notices, head_appeared,
       silent, left_early, no_one_appeared
  from jsonb_to_recordset(:hearings::jsonb) as r(hearing_id bigint, agency_id bigint, case_id bigint,
       hearing_date date, trial_level text, defends boolean, notices int, late_notices int,
       head_appeared boolean, silent int, left_early int, no_one_appeared boolean)

-- name: backfill-next
-- The next cases never computed, taken by one instance at a time.
select case_id from duty_backfill order by case_id limit :size for update skip locked

-- name: backfill-done
delete from duty_backfill where case_id = any(:ids::bigint[])

-- name: setting
select bureau_agency_code from duty_setting where id = 1 for update

-- name: setting-changed
-- Another bureau may stand in for the government (R4): every case is computed again.
with s as (update duty_setting set bureau_agency_code = :code where id = 1)
insert into duty_backfill (case_id) select id from litigation_case on conflict do nothing

