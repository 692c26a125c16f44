-- 月报: each agency's monthly figures. A submitted report never changes: a correction is a new revision.
create table monthly_report (
    id                          bigint generated always as identity primary key,
    agency_id                   bigint       not null references agency (id),
    year                        int          not null,
    month                       int          not null,
    revision                    int          not null,
    notices_received            int          not null,
    notices_attended_by_head    int          not null,
    cases_heard                 int          not null,
    cases_heard_with_head       int          not null,
    cases_concluded             int          not null,
    decisions_changed           int          not null,
    comment                     text,
    submitted_at                timestamptz  not null default now(),
    constraint monthly_report_natural_key unique (agency_id, year, month, revision),
    constraint monthly_report_month_check check (month between 1 and 12 and year between 1990 and 2100),
    constraint monthly_report_revision_check check (revision >= 1),
    constraint monthly_report_counts_check check (notices_received >= 0 and notices_attended_by_head >= 0
        and cases_heard >= 0 and cases_heard_with_head >= 0 and cases_concluded >= 0 and decisions_changed >= 0
        and notices_attended_by_head <= notices_received and cases_heard_with_head <= cases_heard
        and decisions_changed <= cases_concluded)
);
create index monthly_report_period_idx on monthly_report (year, month);

create function monthly_report_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'a submitted monthly report cannot be changed; submit a correction as a new revision'
        using errcode = '55000';
end
$$;

create trigger monthly_report_immutable before update or delete on monthly_report
    for each row execute function monthly_report_is_immutable();
