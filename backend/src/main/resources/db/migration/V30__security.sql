-- People, machines and the audit trail (issue 5). Secrets are never stored: only the SHA-256 of a high-entropy
-- token and the bcrypt hash of a password.

create table app_user (
    id                   bigint generated always as identity primary key,
    username             varchar(64)  not null,
    display_name         varchar(100) not null,
    password_hash        varchar(100) not null,
    role                 varchar(16)  not null,
    agency_id            bigint references agency (id),
    enabled              boolean      not null default true,
    password_changed_at  timestamptz  not null default now(),
    version              bigint       not null default 0,
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now(),
    constraint app_user_username_key unique (username),
    constraint app_user_username_lower check (username = lower(username)),
    constraint app_user_role_check check (role in ('ADMIN', 'AGENCY', 'COURT', 'READER')),
    -- An agency user without an agency would see nothing, and any other role with one would suggest a scope it
    -- does not have.
    constraint app_user_agency_scope check ((role = 'AGENCY') = (agency_id is not null)),
    constraint app_user_bcrypt check (password_hash like '$2_$%')
);
create index app_user_agency_idx on app_user (agency_id);

create table user_session (
    id              bigint generated always as identity primary key,
    user_id         bigint      not null references app_user (id) on delete cascade,
    secret_hash     varchar(64) not null,
    created_at      timestamptz not null default now(),
    last_seen_at    timestamptz not null default now(),
    expires_at      timestamptz not null,
    client_address  varchar(64),
    constraint user_session_secret_key unique (secret_hash),
    constraint user_session_secret_hashed check (secret_hash ~ '^[0-9a-f]{64}$')
);
create index user_session_user_idx on user_session (user_id);
create index user_session_expiry_idx on user_session (expires_at);

create table api_token (
    id            bigint generated always as identity primary key,
    name          varchar(100) not null,
    secret_hash   varchar(64)  not null,
    hint          varchar(16)  not null,
    role          varchar(16)  not null,
    agency_id     bigint references agency (id),
    expires_at    timestamptz,
    revoked_at    timestamptz,
    last_used_at  timestamptz,
    created_by    varchar(200),
    version       bigint       not null default 0,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    constraint api_token_secret_key unique (secret_hash),
    constraint api_token_secret_hashed check (secret_hash ~ '^[0-9a-f]{64}$'),
    constraint api_token_role_check check (role in ('ADMIN', 'AGENCY', 'COURT', 'READER')),
    constraint api_token_agency_scope check ((role = 'AGENCY') = (agency_id is not null))
);
create index api_token_agency_idx on api_token (agency_id);

-- Who pushed a case: the court reads back what the court side created. Filled from the transaction's actor, so
-- set-based inserts are covered as well as Hibernate's.
alter table litigation_case
    add column origin_role varchar(16) default nullif(current_setting('yingsu.role', true), '');

-- One record per entity changed per transaction: its state before the transaction and after it. The actor is
-- what the application set on the connection for the transaction ('user:alice', 'token:12', 'system').
create table audit_log (
    id              bigint generated always as identity primary key,
    at              timestamptz  not null default now(),
    transaction_id  bigint       not null,
    actor           varchar(200) not null,
    action          varchar(16)  not null,
    entity          varchar(64)  not null,
    entity_id       varchar(100) not null,
    natural_key     varchar(400),
    before          jsonb,
    after           jsonb,
    constraint audit_log_action_check check (action in ('INSERT', 'UPDATE', 'DELETE', 'LOGIN', 'LOGOUT'))
);
create index audit_log_at_idx on audit_log (at desc, id desc);
create index audit_log_entity_idx on audit_log (entity, entity_id);
create index audit_log_actor_idx on audit_log (actor, at desc);
create index audit_log_transaction_idx on audit_log (transaction_id, entity, entity_id);

create function audit_actor() returns text language sql stable as $$
    select coalesce(nullif(current_setting('yingsu.actor', true), ''), 'db:' || session_user)
$$;

create function audit_case_defendants(case_id bigint) returns jsonb language sql stable as $$
    select coalesce(jsonb_agg(a.code order by a.code), '[]'::jsonb)
    from case_defendant cd join agency a on a.id = cd.agency_id
    where cd.case_id = audit_case_defendants.case_id
$$;

-- Folds a row change into the transaction's record of that entity, creating the record on the first change.
create function audit_record(p_entity text, p_entity_id text, p_natural_key text, p_op text, p_before jsonb,
        p_after jsonb) returns void language plpgsql as $$
declare
    tx bigint := pg_current_xact_id()::text::bigint;
    existing audit_log%rowtype;
begin
    select * into existing from audit_log
        where transaction_id = tx and entity = p_entity and entity_id = p_entity_id
        order by id desc limit 1;
    if not found then
        insert into audit_log (transaction_id, actor, action, entity, entity_id, natural_key, before, after)
        values (tx, audit_actor(), p_op, p_entity, p_entity_id, p_natural_key, p_before, p_after);
    elsif existing.action = 'INSERT' and p_op = 'DELETE' then
        -- Created and removed within one transaction: nothing of it ever existed outside.
        delete from audit_log where id = existing.id;
    else
        update audit_log
        set after = p_after,
            action = case when p_op = 'DELETE' then 'DELETE'
                          when existing.action = 'DELETE' then 'UPDATE'
                          else existing.action end,
            natural_key = coalesce(p_natural_key, existing.natural_key)
        where id = existing.id;
    end if;
end $$;

-- Arguments: the id columns and the natural key columns (comma separated); columns never recorded (secrets);
-- columns whose change alone is not worth a record (bookkeeping); 'defendants' to add a case's defendants.
create function audit_row() returns trigger language plpgsql as $$
declare
    id_columns  text[] := string_to_array(tg_argv[0], ',');
    key_columns text[] := coalesce(string_to_array(nullif(tg_argv[1], ''), ','), '{}');
    hidden      text[] := coalesce(string_to_array(nullif(tg_argv[2], ''), ','), '{}');
    quiet       text[] := coalesce(string_to_array(nullif(tg_argv[3], ''), ','), '{}');
    with_defendants boolean := coalesce(tg_argv[4], '') = 'defendants';
    old_row jsonb;
    new_row jsonb;
    any_row jsonb;
begin
    if tg_op <> 'INSERT' then
        old_row := to_jsonb(old) - hidden;
    end if;
    if tg_op <> 'DELETE' then
        new_row := to_jsonb(new) - hidden;
    end if;
    if tg_op = 'UPDATE' and (old_row - quiet) = (new_row - quiet) then
        return null;
    end if;
    any_row := coalesce(new_row, old_row);
    if with_defendants then
        if old_row is not null then
            old_row := old_row || jsonb_build_object('defendants', audit_case_defendants((any_row ->> 'id')::bigint));
        end if;
        if new_row is not null then
            new_row := new_row || jsonb_build_object('defendants', audit_case_defendants((any_row ->> 'id')::bigint));
        end if;
    end if;
    perform audit_record(tg_table_name,
        (select string_agg(coalesce(any_row ->> k, ''), ' ' order by ordinality)
         from unnest(id_columns) with ordinality k),
        (select string_agg(any_row ->> k, ' ' order by ordinality) from unnest(key_columns) with ordinality k),
        tg_op, old_row, new_row);
    return null;
end $$;

-- A case's defendants are part of the case: their changes land in the case's record. This runs BEFORE each row,
-- when the rows changed earlier in the statement are visible but this one is not, so the state before the
-- transaction is exact even for set-based statements.
create function audit_case_defendant() returns trigger language plpgsql as $$
declare
    v_case_id bigint := coalesce(new.case_id, old.case_id);
    v_code text := (select code from agency where id = coalesce(new.agency_id, old.agency_id));
    case_row jsonb;
    current_codes jsonb := audit_case_defendants(v_case_id);
    next_codes jsonb;
    existing audit_log%rowtype;
begin
    select to_jsonb(c) into case_row from litigation_case c where c.id = v_case_id;
    if case_row is null then
        -- The case itself is being deleted; its own record holds its defendants.
        return coalesce(new, old);
    end if;
    next_codes := (select coalesce(jsonb_agg(code order by code), '[]'::jsonb) from (
        select jsonb_array_elements_text(current_codes) code
        except select v_code where tg_op = 'DELETE'
        union select v_code where tg_op = 'INSERT') codes);
    select * into existing from audit_log
        where transaction_id = pg_current_xact_id()::text::bigint and entity = 'litigation_case'
          and entity_id = v_case_id::text
        order by id desc limit 1;
    if found and existing.after is null then
        return coalesce(new, old);
    end if;
    perform audit_record('litigation_case', v_case_id::text,
        (case_row ->> 'court') || ' ' || (case_row ->> 'case_number'), 'UPDATE',
        case_row || jsonb_build_object('defendants', current_codes),
        coalesce(existing.after, case_row) || jsonb_build_object('defendants', next_codes));
    return coalesce(new, old);
end $$;

-- Named to sort before PostgreSQL's own foreign key triggers ("RI_…"), so that a deleted case is recorded while
-- its defendants and hearings still exist and the cascade's records follow it.
create trigger "0_audit" after insert or update or delete on agency
    for each row execute function audit_row('id', 'code', '', 'version,updated_at');
create trigger "0_audit" after insert or update or delete on official
    for each row execute function audit_row('id', 'code', '', 'version,updated_at');
create trigger "0_audit" after insert or update or delete on litigation_case
    for each row execute function audit_row('id', 'court,case_number', '', 'version,updated_at', 'defendants');
create trigger "0_audit" before insert or delete on case_defendant
    for each row execute function audit_case_defendant();
create trigger "0_audit" after insert or update or delete on hearing
    for each row execute function audit_row('id', 'case_id,scheduled_at', '', 'version,updated_at');
create trigger "0_audit" after insert or update or delete on notice
    for each row execute function audit_row('id', 'court,number', '', 'version,updated_at');
create trigger "0_audit" after insert or update or delete on appearance
    for each row execute function audit_row('id', 'hearing_id,official_id,source', '', 'version,updated_at');
create trigger "0_audit" after insert or update or delete on delegation
    for each row execute function audit_row('id', 'hearing_id,agency_id,filed_on', '', 'version,updated_at');
create trigger "0_audit" after insert or update or delete on delegation_document
    for each row execute function audit_row('id', 'delegation_id,file_name', '', '');
-- Tables added by later migrations get the same trigger from the afterMigrate callback (afterMigrate__audit.sql).
create trigger "0_audit" after insert or update or delete on outcome
    for each row execute function audit_row('case_id', 'case_id', '', 'version,updated_at');
create trigger "0_audit" after insert or update or delete on judicial_recommendation
    for each row execute function audit_row('id', 'court,number', '', 'version,updated_at');
create trigger "0_audit" after insert or update or delete on app_user
    for each row execute function audit_row('id', 'username', 'password_hash', 'version,updated_at');
create trigger "0_audit" after insert or update or delete on api_token
    for each row execute function audit_row('id', 'name', 'secret_hash', 'version,updated_at,last_used_at');
