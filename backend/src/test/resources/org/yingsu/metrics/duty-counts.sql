-- The figures' duty, per-hearing and outcome counts summed over the stored rows one by one (duty_record,
-- duty_hearing_record, and the outcomes per defendant), as the endpoint counted them before the sums per agency and
-- period (duty_period) were kept. For the tests (the kept sums must give the same figures) and the scale
-- benchmark (the "duty-table aggregate") only; nothing in the product runs it. DutyTableCounts puts it in place of
-- the first branch of compliance.sql's "counts".

-- name: branches
, counted as (
    select p.bucket, d.agency_id, 0::bigint as notices, 0::bigint as notices_head,
           count(*) as cases, count(*) filter (where d.status = 'MET') as cases_head,
           count(*) filter (where d.mandatory_categories && :mandatory::text[]) as mandatory_cases,
           count(*) filter (where d.mandatory_categories && :mandatory::text[] and d.status = 'MET')
               as mandatory_cases_head,
           0::bigint as concluded, 0::bigint as changed, 0::bigint as coordinated,
           count(*) filter (where d.status = 'JUSTIFIED') as justified,
           count(*) filter (where d.status = 'PENDING') as pending,
           count(*) filter (where d.status = 'UNJUSTIFIED') as unjustified,
           0::bigint as silent, 0::bigint as left_early, 0::bigint as no_one,
           0::bigint as late, 0::bigint as recommendations, 0::bigint as pending_identity
    from periods p
    join duty_record d on d.duty_date >= p.start_date and d.duty_date < p.end_date
    where true /*level*/ /*agency*/
    group by p.bucket, d.agency_id
    union all
    select p.bucket, h.agency_id, sum(h.notices)::bigint, coalesce(sum(h.notices) filter (where h.head_appeared), 0)::bigint,
           0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
           coalesce(sum(h.silent) filter (where h.defends), 0)::bigint,
           coalesce(sum(h.left_early) filter (where h.defends), 0)::bigint,
           count(*) filter (where h.no_one_appeared),
           sum(h.late_notices)::bigint, 0, 0
    from periods p
    join duty_hearing_record h on h.hearing_date >= p.start_date and h.hearing_date < p.end_date
    where true /*hearing-level*/ /*hearing-agency*/
    group by p.bucket, h.agency_id
    union all
    select p.bucket, d.agency_id, 0, 0, 0, 0, 0, 0,
           count(*), count(*) filter (where o.result = any (:changed::text[])),
           count(*) filter (where o.coordinated), 0, 0, 0, 0, 0, 0, 0, 0, 0
    from periods p
    join case_outcome o on o.concluded_on >= p.start_date and o.concluded_on < p.end_date
    join defendant d on d.case_id = o.case_id
    where true /*outcome-level*/ /*outcome-agency*/
    group by p.bucket, d.agency_id
