-- 与法院比对 (MonthlyReportService): every appearance at a month's held hearings on which the agency's and the
-- court's records disagree: present in one source only, or present in both with different details (R10).
with held as (
    select h.hearing_id, h.case_id, h.court, h.case_number, h.scheduled_at
    from case_hearing h
    where h.status = 'HELD' and h.scheduled_at >= :start and h.scheduled_at < :end
),
by_agency as (select a.* from head_appearance a join held on held.hearing_id = a.hearing_id
              where a.source = 'AGENCY'),
by_court as (select a.* from head_appearance a join held on held.hearing_id = a.hearing_id
             where a.source = 'COURT')
select held.case_id, held.court, held.case_number, held.hearing_id, held.scheduled_at, ag.code as agency_code,
       o.code as official_code, o.name as official_name,
       x.spoke as agency_spoke, x.left_early as agency_left_early, x.identity_status as agency_identity,
       y.spoke as court_spoke, y.left_early as court_left_early, y.identity_status as court_identity
from by_agency x
full join by_court y on y.hearing_id = x.hearing_id and y.official_id = x.official_id
join held on held.hearing_id = coalesce(x.hearing_id, y.hearing_id)
join agency_directory ag on ag.id = coalesce(x.agency_id, y.agency_id)
join official_directory o on o.id = coalesce(x.official_id, y.official_id)
where (x.appearance_id is null or y.appearance_id is null or x.spoke <> y.spoke or x.left_early <> y.left_early
       or x.identity_status <> y.identity_status)
  and (cast(:agency as text) is null or ag.code = cast(:agency as text))
order by held.scheduled_at, held.case_number, ag.code, o.code
