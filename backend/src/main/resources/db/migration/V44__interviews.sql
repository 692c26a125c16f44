-- 约谈 and 考核 (SPEC §6, R7): interview tasks for agencies at 0% in a quarter, and the points the bureau deducts
-- per unjustified absence in a year.

-- One task per (agency, quarter) the agency was at zero in, made by the interview refresh and tracked to done.
-- at_zero is what the last refresh saw: a task whose figures were corrected is kept (and says so) once worked on.
create table interview (
    id                    bigint generated always as identity primary key,
    agency_id             bigint       not null references agency (id),
    year                  int          not null,
    quarter               int          not null,
    status                varchar(16)  not null default 'OPEN',
    at_zero               boolean      not null default true,
    cases_heard           int          not null default 0,
    opened_on             date         not null,
    due_on                date         not null,
    held_on               date,
    location              varchar(200),
    notes                 text,
    outcome               text,
    completed_on          date,
    cancelled_on          date,
    cancel_reason         text,
    cancelled_by_refresh  boolean      not null default false,
    version               bigint       not null default 0,
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now(),
    constraint interview_natural_key unique (agency_id, year, quarter),
    constraint interview_period_check check (quarter between 1 and 4 and year between 1990 and 2100),
    constraint interview_status_check check (status in ('OPEN', 'DONE', 'CANCELLED')),
    constraint interview_due_check check (due_on >= opened_on),
    constraint interview_done_check check (status <> 'DONE'
        or (held_on is not null and outcome is not null and completed_on is not null)),
    -- The bureau says why it cancels; the refresh cancels only a task nobody worked on, once its figures changed.
    constraint interview_cancelled_check check (status <> 'CANCELLED'
        or (cancelled_on is not null and (cancel_reason is not null or cancelled_by_refresh)))
);
create index interview_open_idx on interview (due_on) where status = 'OPEN';
create index interview_period_idx on interview (year, quarter);

-- Who took part: the agency's people (an official of the agency when picked from its list) and the bureau's.
create table interview_participant (
    interview_id  bigint       not null references interview (id) on delete cascade,
    position      int          not null,
    side          varchar(16)  not null,
    name          varchar(100) not null,
    title         varchar(100),
    official_id   bigint       references official (id) on delete set null,
    primary key (interview_id, position),
    constraint interview_participant_side_check check (side in ('AGENCY', 'BUREAU'))
);

-- The bureau's points per unjustified absence for a year; a year without a row uses
-- yingsu.metrics.points-per-unjustified-absence. The figures' assessmentDeduction reads the same row.
create table assessment_points (
    year        int           primary key,
    points      numeric(6, 2) not null,
    version     bigint        not null default 0,
    created_at  timestamptz   not null default now(),
    updated_at  timestamptz   not null default now(),
    constraint assessment_points_check check (points >= 0 and points <= 100 and year between 1990 and 2100)
);
