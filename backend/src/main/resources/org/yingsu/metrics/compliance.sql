-- The counts of the figures (docs/domain.md, "the figures") for several periods ("buckets") at once, gathered by
-- ComplianceRepository with one set-based statement per request. They add up the sums per agency and period
-- (duty_period_record) that litigation keeps of the stored duties (one row per duty, in the period of its date, MET
-- or the absence's class), of the per-hearing figures and of the outcomes per defendant, in the transactions that
-- change them — no rule is stated here, only sums. Recommendations and pending proofs are counted by their dates.
-- The writer replaces the /*…*/ markers (trial level, one agency) before binding. Periods are calendar months,
-- quarters or years (R8), each with its own rows.

-- name: periods
with periods as (
    select p.bucket, p.start_date, p.end_date, p.span
    from unnest(:buckets::int[], :starts::date[], :ends::date[], :spans::text[]) as p(bucket, start_date, end_date,
                                                                                      span)
)

-- name: counts
-- The duties, per-hearing figures and outcomes come summed per agency and period (duty_period_record: the period's
-- own span, month, quarter or year); the configured mandatory categories and decision-changed results pick rows.
, counted as (
    select p.bucket, m.agency_id, sum(m.notices)::bigint as notices, sum(m.notices_head)::bigint as notices_head,
           sum(m.cases)::bigint as cases, sum(m.cases_met)::bigint as cases_head,
           coalesce(sum(m.cases) filter (where m.mandatory_categories && :mandatory::text[]), 0)::bigint
               as mandatory_cases,
           coalesce(sum(m.cases_met) filter (where m.mandatory_categories && :mandatory::text[]), 0)::bigint
               as mandatory_cases_head,
           sum(m.concluded)::bigint as concluded,
           coalesce(sum(m.concluded) filter (where m.outcome_result = any (:changed::text[])), 0)::bigint as changed,
           sum(m.coordinated)::bigint as coordinated,
           sum(m.justified)::bigint as justified, sum(m.pending)::bigint as pending,
           sum(m.unjustified)::bigint as unjustified,
           sum(m.silent)::bigint as silent, sum(m.left_early)::bigint as left_early, sum(m.no_one)::bigint as no_one,
           sum(m.late)::bigint as late, 0::bigint as recommendations, 0::bigint as pending_identity
    from periods p
    -- Each period's own rows by the index, whatever the planner guesses of a handful of periods.
    cross join lateral (select * from duty_period_record m
                         where m.span = p.span and m.period_start = p.start_date /*month-level*/ /*month-agency*/
                         offset 0) m
    group by p.bucket, m.agency_id
    union all
    select p.bucket, r.agency_id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, count(*), 0
    from periods p
    join recommendation_received r on r.received_on >= p.start_date and r.received_on < p.end_date
    where true /*recommendation-agency*/
    group by p.bucket, r.agency_id
    union all
    -- Proofs still pending as of today for longer than allowed (the cut-off day comes from PendingIdentity).
    select p.bucket, i.agency_id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, count(*)
    from periods p
    join pending_identity_proof i on i.hearing_date >= p.start_date and i.hearing_date < p.end_date
    where i.hearing_date < :overdueBefore::date /*identity-level*/ /*identity-agency*/
    group by p.bucket, i.agency_id
)
select bucket, agency_id,
       sum(notices) as notices, sum(notices_head) as notices_head, sum(cases) as cases,
       sum(cases_head) as cases_head, sum(mandatory_cases) as mandatory_cases,
       sum(mandatory_cases_head) as mandatory_cases_head, sum(concluded) as concluded, sum(changed) as changed,
       sum(coordinated) as coordinated, sum(justified) as justified, sum(pending) as pending,
       sum(unjustified) as unjustified, sum(silent) as silent, sum(left_early) as left_early,
       sum(no_one) as no_one, sum(late) as late, sum(recommendations) as recommendations,
       sum(pending_identity) as pending_identity
from counted
group by bucket, agency_id

-- name: absences
-- The unmet duties of one period: the same duty rows the counts come from, so per agency and class they number
-- exactly the absence figures. Each with the held hearings whose delegations class it.
select g.id as agency_id, g.code as agency_code, g.name as agency_name, g.kind as agency_kind, d.case_id,
       h.court, h.case_number, h.cause_of_action, d.mandatory_categories && :mandatory::text[] as mandatory,
       d.status, d.kind, d.hearing_id, h.scheduled_at,
       (select string_agg(x.hearing_id || ' ' || (to_json(x.scheduled_at) #>> '{}'), ','
                           order by x.scheduled_at, x.hearing_id)
          from hearing_day x where x.hearing_id = any (d.covered_hearing_ids)) as covered
from periods p
join duty_record d on d.duty_date >= p.start_date and d.duty_date < p.end_date
join agency_directory g on g.id = d.agency_id
join case_hearing h on h.hearing_id = d.hearing_id
where d.status <> 'MET' /*level*/ /*agency*/
order by g.code, h.case_number, h.court, h.scheduled_at, h.hearing_id, d.kind

-- name: duties
-- Every duty of one period, met or not: the rows casesHeard counts (and casesHeardWithHead those MET), so that a
-- figure opens the cases it counts, each in the period of its hearing (not of its filing).
select g.id as agency_id, g.code as agency_code, g.name as agency_name, g.kind as agency_kind, d.case_id,
       h.court, h.case_number, h.cause_of_action, d.mandatory_categories && :mandatory::text[] as mandatory,
       d.status, d.kind, d.duty_date, d.hearing_id, h.scheduled_at,
       (select string_agg(x.hearing_id || ' ' || (to_json(x.scheduled_at) #>> '{}'), ','
                           order by x.scheduled_at, x.hearing_id)
          from hearing_day x where x.hearing_id = any (d.covered_hearing_ids) and d.status <> 'MET') as covered
from periods p
join duty_record d on d.duty_date >= p.start_date and d.duty_date < p.end_date
join agency_directory g on g.id = d.agency_id
join case_hearing h on h.hearing_id = d.hearing_id
where true /*level*/ /*agency*/
order by g.code, d.duty_date, h.case_number, h.court, h.hearing_id, d.kind

-- name: agencies
-- Every agency, or the one asked for, in the order the bureau reads them: government, departments, 镇街.
select id, code, name, kind from agency_directory
where :onlyId::bigint is null or id = :onlyId
order by case kind when 'DISTRICT_GOVERNMENT' then 0 when 'DEPARTMENT' then 1
                   when 'SUBDISTRICT' then 2 else 3 end, code

-- name: agency
select id, code, name, kind from agency_directory where code = :code
