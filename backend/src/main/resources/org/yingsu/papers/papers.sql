-- The papers check (SPEC §6, 定期检查身份资格及委托手续), read through the views litigation and attachments keep:
-- identity proofs still pending after the hearing, delegations without their letter or evidence, delegations the
-- court did not accept. What counts as a delegation's papers is litigation's DelegationRules.PAPERS, bound as
-- :paperKinds. Only held hearings up to today; a rejected delegation needs nothing more. PapersRepository
-- puts "filtered" in front of "count" or "page".

-- name: filtered
with item as (
    select 'PENDING_IDENTITY' as kind, i.agency_id, i.hearing_id, i.hearing_date, i.official_id,
           i.appearance_id, null::bigint as delegation_id, null::text as delegation_status, i.source,
           null::text as court_finding
      from pending_identity_proof i
     where i.hearing_date <= :today::date
    union all
    -- A delegation the court did not accept that also lacks its papers is listed once for each.
    select k.kind, g.agency_id, g.hearing_id, h.hearing_date, g.delegate_official_id, null, g.delegation_id,
           g.status, null, g.court_finding
      from delegation_standing g
      join hearing_day h on h.hearing_id = g.hearing_id
     cross join lateral (values
           ('DELEGATION_WITHOUT_PAPERS', not exists (select 1 from attached_document d
                                                     where d.owner_type = 'DELEGATION'
                                                       and d.owner_id = g.delegation_id
                                                       and d.kind = any (:paperKinds::text[]))),
           ('DELEGATION_NOT_ACCEPTED', g.court_finding is not distinct from 'NOT_ACCEPTED')) as k(kind, applies)
     where k.applies and h.status = 'HELD' and h.hearing_date <= :today::date and g.status <> 'REJECTED'
), filtered as (
    select x.*, :today::date - x.hearing_date as age_days
      from item x
      join agency_directory a on a.id = x.agency_id
     where (:kind::text is null or x.kind = :kind::text)
       and (:agencyCode::text is null or a.code = :agencyCode::text)
       and (:minAgeDays::int is null or :today::date - x.hearing_date >= :minAgeDays::int)
       and (not :scoped::boolean or x.agency_id = any (:scope::bigint[]))
)

-- name: count
select count(*) as total from filtered

-- name: page
-- Oldest first: what has waited longest since its hearing comes first.
select f.kind, f.age_days, f.hearing_date, f.hearing_id, f.appearance_id, f.delegation_id, f.delegation_status,
       f.source, f.court_finding, a.code as agency_code, a.name as agency_name, c.case_id, c.court, c.case_number,
       o.code as official_code, o.name as official_name, o.title as official_title, o.role as official_role
  from filtered f
  join agency_directory a on a.id = f.agency_id
  join case_hearing c on c.hearing_id = f.hearing_id
  join official_directory o on o.id = f.official_id
 order by f.hearing_date, c.case_number, f.kind, f.appearance_id, f.delegation_id
 limit :size offset :offset
