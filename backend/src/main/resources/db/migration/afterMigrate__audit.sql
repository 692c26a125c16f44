-- Runs after every migration (Flyway callback): every table of the schema gets the audit trigger, including tables
-- that later migrations add, so that no domain table escapes the trail. Natural keys and secret columns are named
-- here for the tables that have them; a column whose name says it holds a secret or raw bytes is never recorded.
do $$
declare
    t record;
    id_columns text;
    hidden text;
    settings jsonb := '{
        "assessment_points": {"key": "year"},
        "bulletin": {"key": "number"},
        "calendar_subscription": {"key": "name"},
        "dispute": {"key": "number"},
        "document": {"key": "owner_type,owner_id,file_name"},
        "head_confirmation": {"key": "hearing_id,agency_id"},
        "hearing_warning": {"key": "hearing_id,agency_id"},
        "interview": {"key": "agency_id,year,quarter"},
        "interview_participant": {"key": "interview_id,position"},
        "lost_case_report": {"key": "case_id,agency_id"},
        "mediating_body": {"key": "code"},
        "monthly_report": {"key": "agency_id,year,month,revision"},
        "observation_invitation": {"key": "session_id,official_id"},
        "observation_session": {"key": "hearing_id"},
        "training_invitation": {"key": "session_id,official_id"}
    }';
begin
    for t in
        select c.oid, c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema() and c.relkind in ('r', 'p')
          -- Not domain records: bookkeeping, the trail itself, sessions (logins are recorded instead), replay cache,
          -- the demo load's progress, the duties (derived from audited records by the rule, V80__duty.sql) and their
          -- sums per month (V95__duty_period.sql), the login throttle's counts (each failure is recorded instead).
          and c.relname not in ('flyway_schema_history', 'audit_log', 'user_session', 'idempotency_key',
                                'case_defendant', 'demo_load', 'duty', 'duty_hearing', 'duty_stale',
                                'duty_backfill', 'duty_setting', 'duty_outcome', 'duty_period', 'duty_period_delta',
                                'duty_period_pending', 'login_throttle', 'login_source')
          and not exists (select 1 from pg_trigger g where g.tgrelid = c.oid and g.tgname = '0_audit')
    loop
        select string_agg(a.attname, ',' order by k.ordinality) into id_columns
        from pg_index i cross join unnest(i.indkey) with ordinality k(attnum, ordinality)
        join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
        where i.indrelid = t.oid and i.indisprimary;
        select string_agg(attname, ',') into hidden from pg_attribute
        where attrelid = t.oid and attnum > 0 and not attisdropped
          and attname ~ '(secret|password|token_hash|^content$|^body$)';
        execute format('create trigger "0_audit" after insert or update or delete on %I for each row'
                || ' execute function audit_row(%L, %L, %L, %L)', t.relname, coalesce(id_columns, 'id'),
            coalesce(settings -> t.relname ->> 'key', ''), coalesce(hidden, ''), 'version,updated_at');
    end loop;
end $$;
