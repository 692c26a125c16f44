-- Set-based reads and upserts of agencies and officials for court intake and the ledger import (AgencyBulkWriter).
-- Rows arrive as one JSON array expanded by jsonb_to_recordset; an upsert writes a row only when a value differs.

-- name: lookup
-- Agencies and officials by code in one round trip; under_code is an agency's parent, an official's agency.
-- Two texts rather than one with an "all agencies" flag, which a cached generic plan could only answer by a scan.
select 'A' as row_type, a.id, a.code, p.code as under_code, a.kind as agency_kind, null::bigint as agency_id,
       null as role, null::date as valid_from, null::date as valid_to
  from agency a left join agency p on p.id = a.parent_id
 where a.code = any(:agencyCodes)
union all
select 'O', o.id, o.code, a.code, null, o.agency_id, o.role, o.valid_from, o.valid_to
  from official o join agency a on a.id = o.agency_id
 where o.code = any(:officialCodes)

-- name: lookup-all-agencies
-- The same with every agency, for a ledger that may rearrange the hierarchy (cycles are checked on all of it).
select 'A' as row_type, a.id, a.code, p.code as under_code, a.kind as agency_kind, null::bigint as agency_id,
       null as role, null::date as valid_from, null::date as valid_to
  from agency a left join agency p on p.id = a.parent_id
union all
select 'O', o.id, o.code, a.code, null, o.agency_id, o.role, o.valid_from, o.valid_to
  from official o join agency a on a.id = o.agency_id
 where o.code = any(:officialCodes)

-- name: upsert-agencies
-- A parent new in this same document has no id yet: it is set by the next statement.
with r as (select * from jsonb_to_recordset(:rows::jsonb) as r(code text, name text, kind text, parent_code text)),
     e as (select r.code, r.name, r.kind, a.id as existing_id,
                  case when r.parent_code is null then null else coalesce(p.id, a.parent_id) end as parent_id
             from r left join agency a on a.code = r.code left join agency p on p.code = r.parent_code),
     w as (insert into agency as t (code, name, kind, parent_id)
           select code, name, kind, parent_id from e order by code
           on conflict (code) do update
              set name = excluded.name, kind = excluded.kind, parent_id = excluded.parent_id,
                  version = t.version + 1, updated_at = now()
            where (t.name, t.kind, t.parent_id)
                  is distinct from (excluded.name, excluded.kind, excluded.parent_id)
           returning t.code)
select e.code, e.existing_id is null as created from e join w on w.code = e.code

-- name: set-parents
with r as (select * from jsonb_to_recordset(:rows::jsonb) as r(code text, parent_code text))
update agency t set parent_id = p.id, version = t.version + 1, updated_at = now()
  from r left join agency p on p.code = r.parent_code
 where t.code = r.code and t.parent_id is distinct from p.id
returning t.code

-- name: upsert-officials
with r as (select * from jsonb_to_recordset(:rows::jsonb) as r(code text, agency_code text, name text,
                       role text, title text, valid_from date, valid_to date)),
     e as (select r.*, ag.id as agency_id, o.id as existing_id
             from r join agency ag on ag.code = r.agency_code left join official o on o.code = r.code),
     w as (insert into official as t (code, agency_id, name, role, title, valid_from, valid_to)
           select code, agency_id, name, role, title, valid_from, valid_to from e order by code
           on conflict (code) do update
              set agency_id = excluded.agency_id, name = excluded.name, role = excluded.role,
                  title = excluded.title, valid_from = excluded.valid_from,
                  valid_to = excluded.valid_to, version = t.version + 1, updated_at = now()
            where (t.agency_id, t.name, t.role, t.title, t.valid_from, t.valid_to)
                  is distinct from (excluded.agency_id, excluded.name, excluded.role, excluded.title,
                                    excluded.valid_from, excluded.valid_to)
           returning t.code)
select e.existing_id is null as created from e join w on w.code = e.code
