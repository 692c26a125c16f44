-- A key is now recorded in the transaction of the request it guards, together with the request's effect: a retry
-- blocks on the uncommitted row and, once the first commits, finds its answer; if the first rolls back or its
-- process dies, PostgreSQL drops the row and the retry runs at once. No lease is needed, so its column goes; keys
-- that an earlier version left in flight are the stuck ones this change ends, and are freed.
delete from idempotency_key where state = 'IN_FLIGHT';
alter table idempotency_key drop column locked_until;
comment on column idempotency_key.state is
    'IN_FLIGHT only inside the transaction of the request that holds the key; every committed key is DONE';
