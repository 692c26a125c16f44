-- The figures' counts as they were computed before the duty was a stored record: one statement over the raw tables
-- (through litigation's views), counting (case, agency, period) pairs. Kept for the scale benchmark only, to print
-- beside the duty-table aggregate what the bare SQL over the raw tables costs; nothing in the product runs it.

-- name: case-agency
with periods as (
    select p.bucket, p.start_date, p.end_date,
           p.start_date::timestamp at time zone 'Asia/Shanghai' as start_at,
           p.end_date::timestamp at time zone 'Asia/Shanghai' as end_at
    from unnest(:buckets::int[], :starts::date[], :ends::date[]) as p(bucket, start_date, end_date)
),
held as (
    select p.bucket, h.hearing_id, h.case_id, h.hearing_date,
           h.mandatory_categories && :mandatory::text[] as mandatory
    from periods p
    join case_hearing h on h.scheduled_at >= p.start_at and h.scheduled_at < p.end_at
    where h.status = 'HELD' /*level*/ /*agency-cases*/
),
facts as (
    select held.bucket, held.case_id, held.mandatory, held.hearing_id, d.agency_id,
           true as defends, 0 as notices, 0 as late_notices,
           false as head, false as present, false as silent, false as left_early,
           false as approved, false as submitted
    from held
    join defendant d on d.case_id = held.case_id
    union all
    select held.bucket, held.case_id, held.mandatory, held.hearing_id, n.agency_id,
           false, 1, n.late::int, false, false, false, false, false, false
    from held
    join notice_lead_time n on n.hearing_id = held.hearing_id
    union all
    select held.bucket, held.case_id, held.mandatory, held.hearing_id, a.agency_id,
           false, 0, 0, a.head, a.present, a.head and not a.spoke, a.head and a.left_early, false, false
    from held
    join head_appearance a on a.hearing_id = held.hearing_id
    where a.counted
    union all
    select held.bucket, held.case_id, held.mandatory, held.hearing_id, g.agency_id,
           false, 0, 0, false, false, false, false, g.approved_in_time, g.submitted_in_time
    from held
    join delegation_standing g on g.hearing_id = held.hearing_id
),
hearing_agency as (
    select bucket, case_id, agency_id, bool_or(mandatory) as mandatory, bool_or(defends) as defends,
           sum(notices) as notices, sum(late_notices) as late_notices, bool_or(head) as head,
           bool_or(present) as present, count(*) filter (where silent) as silent,
           count(*) filter (where left_early) as left_early,
           bool_or(approved) as approved, bool_or(submitted) as submitted
    from facts
    group by bucket, case_id, hearing_id, agency_id
),
case_agency as (
    select bucket, case_id, agency_id, bool_or(mandatory) as mandatory, bool_or(head) as head,
           bool_or(approved) as approved, bool_or(submitted) as submitted
    from hearing_agency
    where defends
    group by bucket, case_id, agency_id
)

-- name: counts
, counted as (
    select bucket, agency_id, 0::bigint as notices, 0::bigint as notices_head,
           count(*) as cases, count(*) filter (where head) as cases_head,
           count(*) filter (where mandatory) as mandatory_cases,
           count(*) filter (where mandatory and head) as mandatory_cases_head,
           0::bigint as concluded, 0::bigint as changed, 0::bigint as coordinated,
           count(*) filter (where not head and approved) as justified,
           count(*) filter (where not head and not approved and submitted) as pending,
           count(*) filter (where not head and not approved and not submitted) as unjustified,
           0::bigint as silent, 0::bigint as left_early, 0::bigint as no_one,
           0::bigint as late, 0::bigint as recommendations
    from case_agency
    group by bucket, agency_id
    union all
    select bucket, agency_id, sum(notices)::bigint, coalesce(sum(notices) filter (where head), 0)::bigint,
           0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
           coalesce(sum(silent) filter (where defends), 0)::bigint,
           coalesce(sum(left_early) filter (where defends), 0)::bigint,
           count(*) filter (where defends and not present),
           sum(late_notices)::bigint, 0
    from hearing_agency
    group by bucket, agency_id
    union all
    select p.bucket, d.agency_id, 0, 0, 0, 0, 0, 0,
           count(*), count(*) filter (where o.result = any (:changed::text[])),
           count(*) filter (where o.coordinated), 0, 0, 0, 0, 0, 0, 0, 0
    from periods p
    join case_outcome o on o.concluded_on >= p.start_date and o.concluded_on < p.end_date
    join defendant d on d.case_id = o.case_id
    where true /*outcome-level*/ /*agency-outcomes*/
    group by p.bucket, d.agency_id
    union all
    select p.bucket, r.agency_id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, count(*)
    from periods p
    join recommendation_received r on r.received_on >= p.start_date and r.received_on < p.end_date
    group by p.bucket, r.agency_id
)
select bucket, agency_id,
       sum(notices) as notices, sum(notices_head) as notices_head, sum(cases) as cases,
       sum(cases_head) as cases_head, sum(mandatory_cases) as mandatory_cases,
       sum(mandatory_cases_head) as mandatory_cases_head, sum(concluded) as concluded, sum(changed) as changed,
       sum(coordinated) as coordinated, sum(justified) as justified, sum(pending) as pending,
       sum(unjustified) as unjustified, sum(silent) as silent, sum(left_early) as left_early,
       sum(no_one) as no_one, sum(late) as late, sum(recommendations) as recommendations
from counted
/*agency-result*/
group by bucket, agency_id
