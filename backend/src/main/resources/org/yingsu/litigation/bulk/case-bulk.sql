-- The whole upsert of a batch of cases in one statement (CaseBulkWriter), so that a single-case push costs one round
-- trip and one cached plan. Each collection arrives as a JSON array; children name their parent by its position (i
-- for a case, h for a hearing), and get its id from the parent's step, whether the parent was just inserted
-- (RETURNING) or already stored. Existing rows are found by per-row index lookups (LATERAL … OFFSET 0) rather than a
-- join the planner might turn into a scan of the whole table. The writer joins the steps of the collections present
-- ("with" + cases + the others, then their result selects joined by "union all"); each result row says
-- (collection, case position, created, written, lost).

-- name: stored-defendants
-- The stored defendants of the cases named by court and case number.
select lc.court, lc.case_number, a.code
  from litigation_case lc
  join case_defendant d on d.case_id = lc.id
  join agency_directory a on a.id = d.agency_id
 where (lc.court, lc.case_number) in (select * from unnest(:courts::text[], :numbers::text[]))

-- name: stored-notices
-- The stored notices named by court and number, with the case and agency each is bound to (it is never moved).
select n.court, n.number, lc.court as case_court, lc.case_number, a.code
  from notice n
  join hearing h on h.id = n.hearing_id
  join litigation_case lc on lc.id = h.case_id
  join agency_directory a on a.id = n.agency_id
 where (n.court, n.number) in (select * from unnest(:courts::text[], :numbers::text[]))

-- name: cases
c_in as (select * from jsonb_to_recordset(:cases::jsonb) as r(i int, court text, case_number text,
            trial_level text, filed_on date, cause_of_action text, plaintiffs text[],
            mandatory_categories text[], defendants bigint[], designation_basis text, designated bigint[],
            handling_agency_id bigint)),
c_old as (select r.*, x.id as old_id, x.filed_on as old_filed_on, x.cause_of_action as old_cause,
                 x.plaintiffs as old_plaintiffs, x.mandatory_categories as old_mandatory,
                 x.designation_basis as old_basis, x.designated_agency_ids as old_designated,
                 x.handling_agency_id as old_handling
            from c_in r left join lateral (
                 select lc.id, lc.filed_on, lc.cause_of_action, lc.plaintiffs, lc.mandatory_categories,
                        lc.designation_basis, lc.designated_agency_ids, lc.handling_agency_id
                   from litigation_case lc where lc.court = r.court and lc.case_number = r.case_number
                 offset 0) x on true),
c_w as (insert into litigation_case as t (court, case_number, trial_level, filed_on, cause_of_action,
                                          plaintiffs, mandatory_categories, designation_basis,
                                          designated_agency_ids, handling_agency_id)
        select court, case_number, trial_level, coalesce(filed_on, old_filed_on),
               coalesce(cause_of_action, old_cause), coalesce(plaintiffs, old_plaintiffs, '{}'),
               coalesce(mandatory_categories, old_mandatory, '{}'),
               case when designated is null then old_basis else designation_basis end,
               coalesce(designated, old_designated, '{}'), coalesce(handling_agency_id, old_handling)
          from c_old order by court, case_number
        on conflict (court, case_number) do update
           set trial_level = excluded.trial_level, filed_on = excluded.filed_on,
               cause_of_action = excluded.cause_of_action, plaintiffs = excluded.plaintiffs,
               mandatory_categories = excluded.mandatory_categories,
               designation_basis = excluded.designation_basis,
               designated_agency_ids = excluded.designated_agency_ids,
               handling_agency_id = excluded.handling_agency_id,
               version = t.version + 1, updated_at = now()
         where (t.trial_level, t.filed_on, t.cause_of_action, t.plaintiffs, t.mandatory_categories,
                t.designation_basis, t.designated_agency_ids, t.handling_agency_id)
               is distinct from (excluded.trial_level, excluded.filed_on, excluded.cause_of_action,
                                 excluded.plaintiffs, excluded.mandatory_categories, excluded.designation_basis,
                                 excluded.designated_agency_ids, excluded.handling_agency_id)
        returning t.id, t.court, t.case_number),
c_id as (select o.i, coalesce(w.id, o.old_id) as id, o.old_id is null as created,
                w.id is not null as written, o.defendants
           from c_old o left join c_w w on w.court = o.court and w.case_number = o.case_number),
d_w as (insert into case_defendant (case_id, agency_id)
        select distinct c.id, d.agency_id from c_id c cross join lateral unnest(c.defendants) as d(agency_id)
         where c.id is not null order by 1, 2
        on conflict do nothing
        returning case_id)

-- name: hearings
h_in as (select r.*, c.id as case_id
           from jsonb_to_recordset(:hearings::jsonb) as r(k int, i int, scheduled_at timestamptz, status text)
           join c_id c on c.i = r.i and c.id is not null),
h_old as (select r.*, x.id as old_id from h_in r left join lateral (
                 select h.id from hearing h where h.case_id = r.case_id and h.scheduled_at = r.scheduled_at
                 offset 0) x on true),
h_w as (insert into hearing as t (case_id, scheduled_at, status)
        select case_id, scheduled_at, status from h_old order by case_id, scheduled_at
        on conflict (case_id, scheduled_at) do update
           set status = excluded.status, version = t.version + 1, updated_at = now()
         where t.status is distinct from excluded.status
        returning t.id, t.case_id, t.scheduled_at),
h_id as (select o.k, o.i, coalesce(w.id, o.old_id) as id, o.old_id is null as created,
                w.id is not null as written
           from h_old o left join h_w w on w.case_id = o.case_id and w.scheduled_at = o.scheduled_at)

-- name: notices
n_in as (select r.*, h.i, h.id as hearing_id
           from jsonb_to_recordset(:notices::jsonb) as r(h int, agency_id bigint, court text, number text,
                                                  served_on date)
           join h_id h on h.k = r.h and h.id is not null),
n_old as (select r.*, x.id as old_id from n_in r left join lateral (
                 select n.id from notice n where n.court = r.court and n.number = r.number offset 0) x
                 on true),
n_w as (insert into notice as t (hearing_id, agency_id, court, number, served_on)
        select hearing_id, agency_id, court, number, served_on from n_old order by court, number
        on conflict (court, number) do update
           set hearing_id = excluded.hearing_id, agency_id = excluded.agency_id,
               served_on = excluded.served_on, version = t.version + 1, updated_at = now()
         where (t.hearing_id, t.agency_id, t.served_on)
               is distinct from (excluded.hearing_id, excluded.agency_id, excluded.served_on)
        returning t.court, t.number)

-- name: appearances
a_in as (select r.*, h.i, h.id as hearing_id
           from jsonb_to_recordset(:appearances::jsonb) as r(h int, agency_id bigint, official_id bigint, source text,
                                                  spoke boolean, left_early boolean, identity_status text)
           join h_id h on h.k = r.h and h.id is not null),
a_old as (select r.*, x.id as old_id, x.left_early as old_left_early, x.identity_status as old_identity
            from a_in r left join lateral (
                 select a.id, a.left_early, a.identity_status from appearance a
                  where a.hearing_id = r.hearing_id and a.official_id = r.official_id
                    and a.source = r.source offset 0) x on true),
a_w as (insert into appearance as t (hearing_id, agency_id, official_id, source, spoke, left_early,
                                     identity_status)
        select hearing_id, agency_id, official_id, source, spoke,
               coalesce(left_early, old_left_early, false),
               coalesce(identity_status, old_identity, 'VERIFIED')
          from a_old order by hearing_id, official_id, source
        on conflict (hearing_id, official_id, source) do update
           set agency_id = excluded.agency_id, spoke = excluded.spoke, left_early = excluded.left_early,
               identity_status = excluded.identity_status, version = t.version + 1, updated_at = now()
         where (t.agency_id, t.spoke, t.left_early, t.identity_status)
               is distinct from (excluded.agency_id, excluded.spoke, excluded.left_early,
                                 excluded.identity_status)
        returning t.hearing_id, t.official_id, t.source)

-- name: delegations
g_in as (select r.*, h.i, h.id as hearing_id
           from jsonb_to_recordset(:delegations::jsonb) as r(h int, agency_id bigint, reason_category text,
                                                  reason text, delegate_official_id bigint,
                                                  filed_on date, status text, court_finding text)
           join h_id h on h.k = r.h and h.id is not null),
g_old as (select r.*, x.id as old_id, x.status as old_status, x.court_finding as old_finding
            from g_in r left join lateral (
                 select d.id, d.status, d.court_finding from delegation d
                  where d.hearing_id = r.hearing_id and d.agency_id = r.agency_id
                    and d.filed_on = r.filed_on offset 0) x on true),
g_w as (insert into delegation as t (hearing_id, agency_id, reason_category, reason, delegate_official_id,
                                     filed_on, status, court_finding)
        select hearing_id, agency_id, reason_category, reason, delegate_official_id, filed_on,
               coalesce(status, old_status, 'SUBMITTED'), coalesce(court_finding, old_finding)
          from g_old order by hearing_id, agency_id, filed_on
        on conflict (hearing_id, agency_id, filed_on) do update
           set reason_category = excluded.reason_category, reason = excluded.reason,
               delegate_official_id = excluded.delegate_official_id, status = excluded.status,
               court_finding = excluded.court_finding, version = t.version + 1, updated_at = now()
         where (t.reason_category, t.reason, t.delegate_official_id, t.status, t.court_finding)
               is distinct from (excluded.reason_category, excluded.reason, excluded.delegate_official_id,
                                 excluded.status, excluded.court_finding)
        returning t.hearing_id, t.agency_id, t.filed_on)

-- name: outcomes
o_in as (select r.*, c.id as case_id
           from jsonb_to_recordset(:outcomes::jsonb) as r(i int, result text, concluded_on date, coordinated boolean)
           join c_id c on c.i = r.i and c.id is not null),
o_old as (select r.*, x.case_id as old_id, x.coordinated as old_coordinated from o_in r left join lateral (
                 select o.case_id, o.coordinated from outcome o where o.case_id = r.case_id offset 0) x
                 on true),
o_w as (insert into outcome as t (case_id, result, concluded_on, coordinated)
        select case_id, result, concluded_on, coalesce(coordinated, old_coordinated, false)
          from o_old order by case_id
        on conflict (case_id) do update
           set result = excluded.result, concluded_on = excluded.concluded_on,
               coordinated = excluded.coordinated, version = t.version + 1, updated_at = now()
         where (t.result, t.concluded_on, t.coordinated)
               is distinct from (excluded.result, excluded.concluded_on, excluded.coordinated)
        returning t.case_id)

-- name: cases-result
select 'C' as collection, i, created, written, id is null as lost from c_id
union all select 'D', c.i, false, true, false from d_w join c_id c on c.id = d_w.case_id

-- name: hearings-result
select 'H', i, created, written, id is null from h_id

-- name: notices-result
select 'N', o.i, o.old_id is null, true, false
  from n_old o join n_w w on w.court = o.court and w.number = o.number

-- name: appearances-result
select 'A', o.i, o.old_id is null, true, false
  from a_old o join a_w w on w.hearing_id = o.hearing_id and w.official_id = o.official_id
                         and w.source = o.source

-- name: delegations-result
select 'G', o.i, o.old_id is null, true, false
  from g_old o join g_w w on w.hearing_id = o.hearing_id and w.agency_id = o.agency_id
                         and w.filed_on = o.filed_on

-- name: outcomes-result
select 'O', o.i, o.old_id is null, true, false from o_old o join o_w w on w.case_id = o.case_id
