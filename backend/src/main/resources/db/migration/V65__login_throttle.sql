-- Failed logins counted in the database, so that every instance sees the same counts (issue 15 item 6, issue 19
-- item 3). Keys: 'account:<username>', 'source:<address>', 'pair:<username>|<address>'. Bookkeeping, not audited:
-- each failure itself is recorded in audit_log as LOGIN_FAILED.
create table login_throttle (
    key              varchar(200) primary key,
    failures         int          not null check (failures > 0),
    last_failure_at  timestamptz  not null
);
create index login_throttle_last_failure_idx on login_throttle (last_failure_at);

-- The addresses each account has logged in from successfully: from them a person is not slowed down by failures
-- that strangers caused elsewhere.
create table login_source (
    username         varchar(64)  not null,
    address          varchar(64)  not null,
    last_success_at  timestamptz  not null,
    primary key (username, address)
);
create index login_source_last_success_idx on login_source (last_success_at);

alter table audit_log drop constraint audit_log_action_check;
alter table audit_log add constraint audit_log_action_check
    check (action in ('INSERT', 'UPDATE', 'DELETE', 'LOGIN', 'LOGOUT', 'LOGIN_FAILED'));
