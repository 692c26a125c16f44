-- The figures' counts per (agency, month) kept beside the stored duties (issue 14 item 9): a year of the whole country
-- is read as a few rows per agency and month instead of every duty and held hearing.
--
-- duty_month holds sums of the stored rows and nothing else: of duty (written by DutyWriter with the rule in Java),
-- of duty_hearing (the per-hearing figures) and of duty_outcome (a case's outcome once per defendant). Statement
-- triggers on those three tables journal what each statement added or removed (duty_month_delta, per transaction,
-- no shared rows touched), and at commit one deferred step adds the journal to duty_month with one upsert in key
-- order: two transactions touching the same agency-month serialise on its row (no lost update: the increment is
-- applied to the row as committed), and both lock in the same order (no deadlock). Rows removed by a cascade (a
-- deleted case or hearing) are journalled like any other, so no write path can leave the counts behind.

-- A case's outcome as the figures count it: once per defendant, in the month it was concluded (R8 dates).
create table duty_outcome (
    case_id       bigint      not null references litigation_case (id) on delete cascade,
    agency_id     bigint      not null references agency (id),
    concluded_on  date        not null,
    trial_level   varchar(32) not null,
    result        varchar(32) not null,
    coordinated   boolean     not null,
    primary key (case_id, agency_id)
);

-- An outcome's change now changes its case's stored figures: the write paths recompute the case (duty_stale).
create trigger duty_stale_ins after insert on outcome referencing new table as new_rows
    for each statement execute function duty_mark_stale('case');
create trigger duty_stale_upd after update on outcome referencing old table as old_rows new table as new_rows
    for each statement execute function duty_mark_stale('case');
create trigger duty_stale_del after delete on outcome referencing old table as old_rows
    for each statement execute function duty_mark_stale('case');

-- The key: agency, month (its first day), trial level; mandatory_categories is the duty's case's categories (the
-- configured mandatory set is applied when reading, '{}' on the per-hearing and outcome rows) and outcome_result the
-- outcome's result ('' on the other rows), so that both stay settings of the reader, not of the stored counts.
create table duty_month (
    agency_id             bigint      not null,
    month                 date        not null,
    trial_level           varchar(32) not null,
    mandatory_categories  text[]      not null,
    outcome_result        varchar(32) not null,
    cases                 bigint      not null default 0,
    cases_met             bigint      not null default 0,
    justified             bigint      not null default 0,
    pending               bigint      not null default 0,
    unjustified           bigint      not null default 0,
    notices               bigint      not null default 0,
    notices_head          bigint      not null default 0,
    silent                bigint      not null default 0,
    left_early            bigint      not null default 0,
    no_one                bigint      not null default 0,
    late                  bigint      not null default 0,
    concluded             bigint      not null default 0,
    coordinated           bigint      not null default 0,
    primary key (agency_id, month, trial_level, mandatory_categories, outcome_result)
);
create index duty_month_month_idx on duty_month (month, agency_id);

-- What this transaction's statements added (+) and removed (−), until its commit adds it to duty_month. Rows live
-- only inside their transaction, so the table need not survive a crash.
create unlogged table duty_month_delta (like duty_month, txid bigint not null);
create index duty_month_delta_txid_idx on duty_month_delta (txid);

-- Every case's figures are computed again by the start-up backfill (DutyBackfill, with DutyWriter), so that the
-- counts come out of the same path as every later write; until it is done the figures miss the cases not yet
-- computed, as after V80.
delete from duty;
delete from duty_hearing;
insert into duty_backfill (case_id) select id from litigation_case on conflict do nothing;

create function duty_month_journal() returns trigger language plpgsql as $$
declare
    pick text;
begin
    pick := case tg_table_name
        when 'duty' then
            'select agency_id, date_trunc(''month'', duty_date)::date, trial_level, mandatory_categories, '''','
            || ' %2$s * count(*), %2$s * count(*) filter (where status = ''MET''),'
            || ' %2$s * count(*) filter (where status = ''JUSTIFIED''), %2$s * count(*) filter (where status = ''PENDING''),'
            || ' %2$s * count(*) filter (where status = ''UNJUSTIFIED''), 0, 0, 0, 0, 0, 0, 0, 0'
            || ' from %1$s group by 1, 2, 3, 4'
        when 'duty_hearing' then
            'select agency_id, date_trunc(''month'', hearing_date)::date, trial_level, ''{}''::text[], '''','
            || ' 0, 0, 0, 0, 0, %2$s * sum(notices), %2$s * coalesce(sum(notices) filter (where head_appeared), 0),'
            || ' %2$s * coalesce(sum(silent) filter (where defends), 0),'
            || ' %2$s * coalesce(sum(left_early) filter (where defends), 0),'
            || ' %2$s * count(*) filter (where no_one_appeared), %2$s * sum(late_notices), 0, 0'
            || ' from %1$s group by 1, 2, 3'
        else
            'select agency_id, date_trunc(''month'', concluded_on)::date, trial_level, ''{}''::text[], result,'
            || ' 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, %2$s * count(*), %2$s * count(*) filter (where coordinated)'
            || ' from %1$s group by 1, 2, 3, 5'
        end;
    if tg_op in ('INSERT', 'UPDATE') then
        execute 'insert into duty_month_delta (agency_id, month, trial_level, mandatory_categories, outcome_result,'
            || ' cases, cases_met, justified, pending, unjustified, notices, notices_head, silent, left_early, no_one,'
            || ' late, concluded, coordinated, txid) select s.*, txid_current() from (' || format(pick, 'new_rows', 1)
            || ') s';
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        execute 'insert into duty_month_delta (agency_id, month, trial_level, mandatory_categories, outcome_result,'
            || ' cases, cases_met, justified, pending, unjustified, notices, notices_head, silent, left_early, no_one,'
            || ' late, concluded, coordinated, txid) select s.*, txid_current() from (' || format(pick, 'old_rows', -1)
            || ') s';
    end if;
    return null;
end $$;

do $$
declare
    t text;
begin
    foreach t in array array['duty', 'duty_hearing', 'duty_outcome']
    loop
        execute format('create trigger duty_month_ins after insert on %I referencing new table as new_rows'
            || ' for each statement execute function duty_month_journal()', t);
        execute format('create trigger duty_month_upd after update on %I referencing old table as old_rows'
            || ' new table as new_rows for each statement execute function duty_month_journal()', t);
        execute format('create trigger duty_month_del after delete on %I referencing old table as old_rows'
            || ' for each statement execute function duty_month_journal()', t);
    end loop;
end $$;

-- At commit: the first journal row's check adds the whole journal of its transaction, in key order; the others find
-- it empty.
create function duty_month_apply() returns trigger language plpgsql as $$
begin
    with journal as (delete from duty_month_delta where txid = new.txid returning *),
    summed as (
        select agency_id, month, trial_level, mandatory_categories, outcome_result,
               sum(cases) as cases, sum(cases_met) as cases_met, sum(justified) as justified,
               sum(pending) as pending, sum(unjustified) as unjustified, sum(notices) as notices,
               sum(notices_head) as notices_head, sum(silent) as silent, sum(left_early) as left_early,
               sum(no_one) as no_one, sum(late) as late, sum(concluded) as concluded,
               sum(coordinated) as coordinated
          from journal
         group by agency_id, month, trial_level, mandatory_categories, outcome_result)
    insert into duty_month as m (agency_id, month, trial_level, mandatory_categories, outcome_result, cases,
                                 cases_met, justified, pending, unjustified, notices, notices_head, silent,
                                 left_early, no_one, late, concluded, coordinated)
    select * from summed
     where (cases, cases_met, justified, pending, unjustified, notices, notices_head, silent, left_early, no_one,
            late, concluded, coordinated) <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
     order by agency_id, month, trial_level, mandatory_categories, outcome_result
    on conflict (agency_id, month, trial_level, mandatory_categories, outcome_result) do update set
        cases = m.cases + excluded.cases, cases_met = m.cases_met + excluded.cases_met,
        justified = m.justified + excluded.justified, pending = m.pending + excluded.pending,
        unjustified = m.unjustified + excluded.unjustified, notices = m.notices + excluded.notices,
        notices_head = m.notices_head + excluded.notices_head, silent = m.silent + excluded.silent,
        left_early = m.left_early + excluded.left_early, no_one = m.no_one + excluded.no_one,
        late = m.late + excluded.late, concluded = m.concluded + excluded.concluded,
        coordinated = m.coordinated + excluded.coordinated;
    return null;
end $$;

create constraint trigger duty_month_applied after insert on duty_month_delta deferrable initially deferred
    for each row execute function duty_month_apply();

-- The figures count proofs still pending (pending_identity_proof): few among millions of appearances.
create index appearance_pending_identity_idx on appearance (hearing_id) where identity_status = 'PENDING';
