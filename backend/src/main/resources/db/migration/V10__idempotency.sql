-- Idempotency-Key (SPEC §5): the first answer to a POST, replayed to its retries. Kept in PostgreSQL, not in memory,
-- so that it survives a restart and holds across several app instances. A key belongs to one caller (principal).
create table idempotency_key (
    principal     varchar(200) not null,
    key           varchar(255) not null,
    -- SHA-256 of method, path, query and body: the same key with another request is refused.
    request_hash  char(64)     not null,
    state         varchar(16)  not null,
    status        integer,
    content_type  varchar(200),
    headers       jsonb,
    body          bytea,
    created_at    timestamptz  not null default now(),
    -- While IN_FLIGHT: after this time the first request is presumed dead and a retry may take the key over.
    locked_until  timestamptz,
    expires_at    timestamptz  not null,
    constraint idempotency_key_pkey primary key (principal, key),
    constraint idempotency_key_state_check check (state in ('IN_FLIGHT', 'DONE')),
    constraint idempotency_key_done_check check (state <> 'DONE' or status is not null)
);
create index idempotency_key_expires_idx on idempotency_key (expires_at);
