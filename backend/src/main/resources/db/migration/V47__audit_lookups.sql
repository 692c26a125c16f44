-- The audit functions of V30 find the transaction's record of an entity with a query whose plan PostgreSQL fixes
-- early in a connection, from the statistics of a then nearly empty audit_log: it scanned every record of the
-- transaction for each row changed, so one big transaction (a 10 MB ledger) took time quadratic in its size. Here
-- the lookups give the planner the equality it can use on an index (the trigger passes the table's name, whose
-- collation is not the column's, hence the explicit collation), keep no ordering that invites a scan of the primary
-- key, and may not fall back to a sequential scan. One record per entity and transaction is what audit_record keeps,
-- so no ordering is needed.
create or replace function audit_record(p_entity text, p_entity_id text, p_natural_key text, p_op text, p_before jsonb,
        p_after jsonb) returns void language plpgsql set enable_seqscan = off as $$
declare
    tx bigint := pg_current_xact_id()::text::bigint;
    existing audit_log%rowtype;
begin
    select * into existing from audit_log
        where transaction_id = tx and entity = p_entity collate "default"
          and entity_id = p_entity_id collate "default";
    if not found then
        insert into audit_log (transaction_id, actor, action, entity, entity_id, natural_key, before, after)
        values (tx, audit_actor(), p_op, p_entity, p_entity_id, p_natural_key, p_before, p_after);
    elsif existing.action = 'INSERT' and p_op = 'DELETE' then
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

create or replace function audit_case_defendant() returns trigger language plpgsql set enable_seqscan = off as $$
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
          and entity_id = v_case_id::text;
    if found and existing.after is null then
        return coalesce(new, old);
    end if;
    perform audit_record('litigation_case', v_case_id::text,
        (case_row ->> 'court') || ' ' || (case_row ->> 'case_number'), 'UPDATE',
        case_row || jsonb_build_object('defendants', current_codes),
        coalesce(existing.after, case_row) || jsonb_build_object('defendants', next_codes));
    return coalesce(new, old);
end $$;
