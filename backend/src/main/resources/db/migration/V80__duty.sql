-- The duty to appear (出庭应诉义务, docs/domain.md §4 "the duty") as a stored record that every figure reads, and the case
-- facts it depends on that the schema did not yet hold.
--
-- The duties are computed by the pure Java rule (litigation.rules.Duties) and written by litigation's DutyWriter in
-- the same transaction as the change that alters them: there is no second statement of the rule in SQL. The triggers
-- below only say WHICH cases a statement touched (duty_stale); a deferred check refuses to commit a transaction that
-- changed a case and did not recompute its duties, so that no write path can forget.

-- art. 3: the defendants whose heads appear, by the co-defendants' agreement or the court's decision.
alter table litigation_case
    add column designation_basis varchar(16),
    add column designated_agency_ids bigint[] not null default '{}',
    -- 《行诉解释》art. 130(2): the department that handled the contested act, for a government defendant (R4).
    add column handling_agency_id bigint references agency (id),
    add constraint litigation_case_designation_check check (
        (designation_basis is null) = (cardinality(designated_agency_ids) = 0)
        and (designation_basis is null or designation_basis in ('AGREEMENT', 'COURT')));

-- art. 9: the court's own finding on the agency's written explanation.
alter table delegation
    add column court_finding varchar(16),
    add constraint delegation_court_finding_check check (court_finding in ('ACCEPTED', 'NOT_ACCEPTED'));

-- One row per duty: a case (one instance) × a defendant that must appear × kind; it belongs to the period of its
-- hearing's Asia/Shanghai date. status is MET or the class of the absence (R5).
create table duty (
    case_id               bigint      not null references litigation_case (id) on delete cascade,
    agency_id             bigint      not null references agency (id),
    kind                  varchar(8)  not null,
    hearing_id            bigint      not null references hearing (id) on delete cascade,
    duty_date             date        not null,
    trial_level           varchar(32) not null,
    mandatory_categories  text[]      not null,
    status                varchar(16) not null,
    covered_hearing_ids   bigint[]    not null,
    primary key (case_id, agency_id, hearing_id, kind),
    constraint duty_kind_check check (kind in ('BASE', 'RENEWED')),
    constraint duty_status_check check (status in ('MET', 'JUSTIFIED', 'PENDING', 'UNJUSTIFIED'))
);
create index duty_date_idx on duty (duty_date, agency_id);
create index duty_agency_idx on duty (agency_id, duty_date);

-- What happened for one agency (a defendant, or one the court gave notice to) at one held hearing, as the same rule
-- sees it: the per-hearing figures (notices, late notices, silent or early-leaving heads, nobody present).
create table duty_hearing (
    hearing_id       bigint      not null references hearing (id) on delete cascade,
    agency_id        bigint      not null references agency (id),
    case_id          bigint      not null references litigation_case (id) on delete cascade,
    hearing_date     date        not null,
    trial_level      varchar(32) not null,
    defends          boolean     not null,
    notices          int         not null,
    late_notices     int         not null,
    head_appeared    boolean     not null,
    silent           int         not null,
    left_early       int         not null,
    no_one_appeared  boolean     not null,
    primary key (hearing_id, agency_id)
);
create index duty_hearing_date_idx on duty_hearing (hearing_date, agency_id);
create index duty_hearing_agency_idx on duty_hearing (agency_id, hearing_date);
create index duty_hearing_case_idx on duty_hearing (case_id);

-- The cases a transaction changed and whose duties it has not yet recomputed. Rows live only inside their
-- transaction (the DutyWriter deletes them before commit), so the table need not survive a crash.
create unlogged table duty_stale (
    txid     bigint not null,
    case_id  bigint not null,
    primary key (txid, case_id)
);

-- Cases whose duties were never computed (the data before this migration); the application works through them at
-- start in small transactions (DutyBackfill).
create table duty_backfill (
    case_id bigint primary key
);
insert into duty_backfill (case_id) select id from litigation_case;

-- Which configuration the stored duties were computed under (the bureau that may stand in for the government, R4);
-- when it changes, every case is computed again.
create table duty_setting (
    id                   int primary key default 1 check (id = 1),
    bureau_agency_code   varchar(64)
);
insert into duty_setting (id, bureau_agency_code) values (1, null);

-- Marks the cases a statement touched. TG_ARGV[0] says how a row names its case: 'self' (litigation_case.id),
-- 'case' (a case_id column), 'hearing' (a hearing_id column).
create function duty_mark_stale() returns trigger language plpgsql as $$
declare
    via text := tg_argv[0];
    pick text := case via when 'self' then 'select r.id as case_id from %s r'
                          when 'case' then 'select r.case_id from %s r'
                          else 'select h.case_id from %s r join hearing h on h.id = r.hearing_id' end;
begin
    if tg_op in ('INSERT', 'UPDATE') then
        execute 'insert into duty_stale (txid, case_id) select distinct txid_current(), case_id from ('
            || format(pick, 'new_rows') || ') s on conflict do nothing';
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        execute 'insert into duty_stale (txid, case_id) select distinct txid_current(), case_id from ('
            || format(pick, 'old_rows') || ') s where exists (select 1 from litigation_case c where c.id = s.case_id)'
            || ' on conflict do nothing';
    end if;
    return null;
end $$;

do $$
declare
    t record;
begin
    for t in select * from (values ('litigation_case', 'self'), ('case_defendant', 'case'), ('hearing', 'case'),
                                   ('notice', 'hearing'), ('appearance', 'hearing'), ('delegation', 'hearing')) v(tab, via)
    loop
        execute format('create trigger duty_stale_ins after insert on %I referencing new table as new_rows'
            || ' for each statement execute function duty_mark_stale(%L)', t.tab, t.via);
        execute format('create trigger duty_stale_upd after update on %I referencing old table as old_rows'
            || ' new table as new_rows for each statement execute function duty_mark_stale(%L)', t.tab, t.via);
        execute format('create trigger duty_stale_del after delete on %I referencing old table as old_rows'
            || ' for each statement execute function duty_mark_stale(%L)', t.tab, t.via);
    end loop;
end $$;

-- A change of an official's post (role, dates, agency) or of an agency's place (parent, kind) changes who counts as
-- a head or as corresponding staff (R1, R4) in every case where its people appeared. Such a change takes the
-- exclusive "posts" lock first, which every duty computation holds shared while it reads posts: a computation either
-- finishes before the change (and the change's own recompute, reading after the lock, sees its cases) or reads the
-- committed change. Key (80, 0); a case's own lock is (81, id).
create function duty_mark_posts_stale() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'official' then
        if exists (select 1 from old_rows o join new_rows n on n.id = o.id
                   where (o.agency_id, o.role, o.valid_from, o.valid_to)
                         is distinct from (n.agency_id, n.role, n.valid_from, n.valid_to)) then
            perform pg_advisory_xact_lock(80, 0);
            insert into duty_stale (txid, case_id)
            select distinct txid_current(), h.case_id
              from new_rows n join appearance a on a.official_id = n.id join hearing h on h.id = a.hearing_id
            on conflict do nothing;
        end if;
    else
        if exists (select 1 from old_rows o join new_rows n on n.id = o.id
                   where (o.parent_id, o.kind) is distinct from (n.parent_id, n.kind)) then
            perform pg_advisory_xact_lock(80, 0);
            insert into duty_stale (txid, case_id)
            select distinct txid_current(), s.case_id from (
                select d.case_id from new_rows n join case_defendant d on d.agency_id = n.id
                union all
                select h.case_id from new_rows n join official o on o.agency_id = n.id
                  join appearance a on a.official_id = o.id join hearing h on h.id = a.hearing_id) s
            on conflict do nothing;
        end if;
    end if;
    return null;
end $$;

create trigger duty_stale_posts after update on official referencing old table as old_rows new table as new_rows
    for each statement execute function duty_mark_posts_stale();
create trigger duty_stale_places after update on agency referencing old table as old_rows new table as new_rows
    for each statement execute function duty_mark_posts_stale();

-- The guard: at commit, every case the transaction changed has had its duties recomputed.
create function duty_stale_check() returns trigger language plpgsql as $$
begin
    if exists (select 1 from duty_stale where txid = new.txid and case_id = new.case_id) then
        raise exception 'the duties of case % were not recomputed in the transaction that changed it', new.case_id
            using errcode = 'P0080';
    end if;
    return null;
end $$;

create constraint trigger duty_stale_recomputed after insert on duty_stale deferrable initially deferred
    for each row execute function duty_stale_check();
