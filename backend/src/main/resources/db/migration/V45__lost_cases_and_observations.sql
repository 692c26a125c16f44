-- 败诉案件报告 and 旁听庭审 (SPEC §6).

-- The tasks themselves are not stored: every (case, defendant) whose outcome's result is in the configured
-- decision-changed set is one, whichever way the outcome arrived (intake, ledger, the outcome resource), so no path
-- can forget to create one. A row exists once the agency writes: its draft, its filed summary, the bureau's answer.
create table lost_case_report (
    id            bigint generated always as identity primary key,
    case_id       bigint       not null references litigation_case (id) on delete cascade,
    agency_id     bigint       not null references agency (id),
    status        varchar(16)  not null default 'DUE',
    summary       text,
    submitted_on  date,
    submitted_by  varchar(200),
    guidance      text,
    answered_on   date,
    answered_by   varchar(200),
    version       bigint       not null default 0,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    constraint lost_case_report_natural_key unique (case_id, agency_id),
    constraint lost_case_report_status_check check (status in ('DUE', 'SUBMITTED', 'ANSWERED')),
    constraint lost_case_report_submitted check (status = 'DUE'
        or (submitted_on is not null and char_length(btrim(summary)) >= 50)),
    constraint lost_case_report_answered check ((status = 'ANSWERED')
        = (answered_on is not null and guidance is not null and btrim(guidance) <> ''))
);
create index lost_case_report_agency_idx on lost_case_report (agency_id);

-- The effective judgment is attached to the report.
alter table document drop constraint document_owner_type_check;
alter table document add constraint document_owner_type_check
    check (owner_type in ('CASE', 'DELEGATION', 'APPEARANCE', 'RECOMMENDATION', 'LOST_CASE_REPORT'));

-- A typical public hearing the bureau invites heads to observe: at most one session per hearing.
create table observation_session (
    id              bigint generated always as identity primary key,
    hearing_id      bigint       not null references hearing (id) on delete cascade,
    title           varchar(200) not null,
    typical_reason  text         not null,
    place           varchar(200),
    notes           text,
    version         bigint       not null default 0,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    constraint observation_session_hearing_key unique (hearing_id),
    constraint observation_session_title_check check (btrim(title) <> ''),
    constraint observation_session_reason_check check (btrim(typical_reason) <> '')
);

-- agency_id is the invitee's agency, kept here because an agency sees the sessions its heads are invited to.
create table observation_invitation (
    id           bigint generated always as identity primary key,
    session_id   bigint       not null references observation_session (id) on delete cascade,
    official_id  bigint       not null references official (id),
    agency_id    bigint       not null references agency (id),
    attendance   varchar(16)  not null default 'INVITED',
    version      bigint       not null default 0,
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    constraint observation_invitation_natural_key unique (session_id, official_id),
    constraint observation_invitation_attendance_check check (attendance in ('INVITED', 'ATTENDED', 'ABSENT'))
);
create index observation_invitation_agency_idx on observation_invitation (agency_id, session_id);
create index observation_invitation_official_idx on observation_invitation (official_id);
