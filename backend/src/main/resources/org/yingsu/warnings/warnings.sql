-- 出庭预警 (WarningService): kept current by a scheduled job; one refresh at a time across instances.

-- name: refresh
-- Raises a warning for every scheduled hearing within the horizon that a defendant has neither a confirmed head
-- nor a filed (submitted or approved) delegation for, and resolves those no longer uncovered or past.
with uncovered as (
    select h.hearing_id, d.agency_id
    from case_hearing h
    join defendant d on d.case_id = h.case_id
    where h.status = 'SCHEDULED' and h.scheduled_at >= :now and h.scheduled_at < :horizon
      and not exists (select 1 from head_confirmation c
                      where c.hearing_id = h.hearing_id and c.agency_id = d.agency_id)
      and not exists (select 1 from delegation_standing g
                      where g.hearing_id = h.hearing_id and g.agency_id = d.agency_id
                        and g.status in ('SUBMITTED', 'APPROVED'))
), raised as (
    insert into hearing_warning (hearing_id, agency_id, raised_at)
    select hearing_id, agency_id, :now from uncovered
    on conflict (hearing_id, agency_id) do update
        set raised_at = excluded.raised_at, resolved_at = null, notified_at = null
        where hearing_warning.resolved_at is not null
    returning 1
), resolved as (
    update hearing_warning w set resolved_at = :now
    where w.resolved_at is null
      and not exists (select 1 from uncovered u
                      where u.hearing_id = w.hearing_id and u.agency_id = w.agency_id)
    returning 1
)
select (select count(*) from raised) as raised, (select count(*) from resolved) as resolved

-- name: open
select count(*) as open from hearing_warning where resolved_at is null

-- name: select
select w.id, h.hearing_id, h.case_id, h.court, h.case_number, h.scheduled_at, a.code as agency_code,
       a.name as agency_name, a.email as agency_email, w.raised_at, w.resolved_at
from hearing_warning w
join case_hearing h on h.hearing_id = w.hearing_id
join agency_directory a on a.id = w.agency_id

-- name: count
select count(*) as total
from hearing_warning w
join agency_directory a on a.id = w.agency_id

-- name: mark-notified
update hearing_warning set notified_at = :now where resolved_at is null and notified_at is null
