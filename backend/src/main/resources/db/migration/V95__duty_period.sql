-- The figures' counts per (agency, period) kept beside the stored duties (issue 14 item 9): a year of the whole
-- country is read as a few rows per agency instead of every duty and held hearing.
--
-- duty_period holds sums of the stored rows and nothing else, per calendar month, quarter and year (R8), so that a
-- period of any span is read from its own rows: of duty (written by DutyWriter with the rule in Java), of
-- duty_hearing (the per-hearing figures) and of duty_outcome (a case's outcome once per defendant). Statement
-- triggers on those three tables journal what each statement added or removed per month (duty_period_delta, per
-- transaction, no shared rows touched), and at commit one deferred step adds the journal to each span's rows with
-- one upsert in key order: two transactions touching the same agency-period serialise on its row (no lost update:
-- the increment is applied to the row as committed), and both lock in the same order (no deadlock). Rows removed by
-- a cascade (a deleted case or hearing) are journalled like any other, so no write path can leave the counts behind.

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

-- The key: agency, span (month, quarter or year) and the period's first day, trial level; mandatory_categories is
-- the duty's case's categories (the configured mandatory set is applied when reading, '{}' on the per-hearing and
-- outcome rows) and outcome_result the outcome's result ('' on the other rows), so that both stay settings of the
-- reader, not of the stored counts.
create table duty_period (
    agency_id             bigint      not null,
    span                  varchar(8)  not null,
    period_start          date        not null,
    trial_level           varchar(32) not null,
    mandatory_categories  text[]      not null,
    outcome_result        varchar(32) not null,
    cases                 integer     not null default 0,
    cases_met             integer     not null default 0,
    justified             integer     not null default 0,
    pending               integer     not null default 0,
    unjustified           integer     not null default 0,
    notices               integer     not null default 0,
    notices_head          integer     not null default 0,
    silent                integer     not null default 0,
    left_early            integer     not null default 0,
    no_one                integer     not null default 0,
    late                  integer     not null default 0,
    concluded             integer     not null default 0,
    coordinated           integer     not null default 0,
    primary key (agency_id, span, period_start, trial_level, mandatory_categories, outcome_result),
    constraint duty_period_span_check check (span in ('month', 'quarter', 'year'))
);
create index duty_period_start_idx on duty_period (span, period_start, trial_level);

-- What this transaction's statements added (+) and removed (−) per month, until its commit adds it to duty_period.
-- Rows live only inside their transaction, so the table need not survive a crash.
create unlogged table duty_period_delta (like duty_period, txid bigint not null);
alter table duty_period_delta drop column span, drop constraint if exists duty_period_span_check;
alter table duty_period_delta rename column period_start to month;
create index duty_period_delta_txid_idx on duty_period_delta (txid);
-- One row per transaction with a journal: its deferred check adds the journal at commit, once.
create unlogged table duty_period_pending (
    txid bigint primary key
);

-- Every case's figures are computed again by the start-up backfill (DutyBackfill, with DutyWriter), so that the
-- counts come out of the same path as every later write; until it is done the figures miss the cases not yet
-- computed, as after V80.
delete from duty;
delete from duty_hearing;
insert into duty_backfill (case_id) select id from litigation_case on conflict do nothing;

create function duty_period_journal() returns trigger language plpgsql as $$
declare
    pick text;
begin
    pick := case tg_table_name
        when 'duty' then
            'select agency_id, date_trunc(''month'', duty_date)::date, trial_level, mandatory_categories, '''','
            || ' %2$s * count(*), %2$s * count(*) filter (where status = ''MET''),'
            || ' %2$s * count(*) filter (where status = ''JUSTIFIED''),'
            || ' %2$s * count(*) filter (where status = ''PENDING''),'
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
        execute 'insert into duty_period_delta (agency_id, month, trial_level, mandatory_categories, outcome_result,'
            || ' cases, cases_met, justified, pending, unjustified, notices, notices_head, silent, left_early, no_one,'
            || ' late, concluded, coordinated, txid) select s.*, txid_current() from (' || format(pick, 'new_rows', 1)
            || ') s';
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        execute 'insert into duty_period_delta (agency_id, month, trial_level, mandatory_categories, outcome_result,'
            || ' cases, cases_met, justified, pending, unjustified, notices, notices_head, silent, left_early, no_one,'
            || ' late, concluded, coordinated, txid) select s.*, txid_current() from (' || format(pick, 'old_rows', -1)
            || ') s';
    end if;
    insert into duty_period_pending (txid) values (txid_current()) on conflict do nothing;
    return null;
end $$;

do $$
declare
    t text;
begin
    foreach t in array array['duty', 'duty_hearing', 'duty_outcome']
    loop
        execute format('create trigger duty_period_ins after insert on %I referencing new table as new_rows'
            || ' for each statement execute function duty_period_journal()', t);
        execute format('create trigger duty_period_upd after update on %I referencing old table as old_rows'
            || ' new table as new_rows for each statement execute function duty_period_journal()', t);
        execute format('create trigger duty_period_del after delete on %I referencing old table as old_rows'
            || ' for each statement execute function duty_period_journal()', t);
    end loop;
end $$;

-- At commit: the transaction's whole journal, summed per key of each span and added in key order.
create function duty_period_apply() returns trigger language plpgsql as $$
begin
    delete from duty_period_pending where txid = new.txid;
    with journal as (delete from duty_period_delta where txid = new.txid returning *),
    summed as (
        select j.agency_id, s.span, date_trunc(s.span, j.month)::date as period_start, j.trial_level,
               j.mandatory_categories, j.outcome_result,
               sum(j.cases) as cases, sum(j.cases_met) as cases_met, sum(j.justified) as justified,
               sum(j.pending) as pending, sum(j.unjustified) as unjustified, sum(j.notices) as notices,
               sum(j.notices_head) as notices_head, sum(j.silent) as silent, sum(j.left_early) as left_early,
               sum(j.no_one) as no_one, sum(j.late) as late, sum(j.concluded) as concluded,
               sum(j.coordinated) as coordinated
          from journal j cross join (values ('month'), ('quarter'), ('year')) as s(span)
         group by 1, 2, 3, 4, 5, 6)
    insert into duty_period as m (agency_id, span, period_start, trial_level, mandatory_categories, outcome_result,
                                  cases, cases_met, justified, pending, unjustified, notices, notices_head, silent,
                                  left_early, no_one, late, concluded, coordinated)
    select * from summed
     where (cases, cases_met, justified, pending, unjustified, notices, notices_head, silent, left_early, no_one,
            late, concluded, coordinated) <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
     order by agency_id, span, period_start, trial_level, mandatory_categories, outcome_result
    on conflict (agency_id, span, period_start, trial_level, mandatory_categories, outcome_result) do update set
        cases = m.cases + excluded.cases, cases_met = m.cases_met + excluded.cases_met,
        justified = m.justified + excluded.justified, pending = m.pending + excluded.pending,
        unjustified = m.unjustified + excluded.unjustified, notices = m.notices + excluded.notices,
        notices_head = m.notices_head + excluded.notices_head, silent = m.silent + excluded.silent,
        left_early = m.left_early + excluded.left_early, no_one = m.no_one + excluded.no_one,
        late = m.late + excluded.late, concluded = m.concluded + excluded.concluded,
        coordinated = m.coordinated + excluded.coordinated;
    return null;
end $$;

create constraint trigger duty_period_applied after insert on duty_period_pending deferrable initially deferred
    for each row execute function duty_period_apply();

-- The figures count proofs still pending (pending_identity_proof): few among millions of appearances.
create index appearance_pending_identity_idx on appearance (hearing_id) where identity_status = 'PENDING';
