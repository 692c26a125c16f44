-- Where the demo district's load stands (demo mode only). It loads in short transactions so that a busy machine
-- cannot time it out; this row lets a start after a crash finish what an earlier start began, and lets a second
-- instance leave the load to the first.
create table demo_load (
    id            int         primary key default 1 check (id = 1),
    lease_until   timestamptz,
    completed_at  timestamptz
);
