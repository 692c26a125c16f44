-- 行政争议协调化解中心 / 诉调对接 (SPEC §6): disputes the court entrusts to the district's coordination centre (委派
-- before filing, 委托 after filing) or that come to it directly, worked by a mediating body, resolved or returned.

-- The bodies that mediate: the centre itself, the 镇街 and professional 人民调解 committees. The bureau keeps the list;
-- a body no longer used is made inactive, never deleted, because closed disputes name it.
create table mediating_body (
    id          bigint generated always as identity primary key,
    code        varchar(40)  not null,
    name        varchar(200) not null,
    kind        varchar(16)  not null,
    active      boolean      not null default true,
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    constraint mediating_body_code_key unique (code),
    constraint mediating_body_name_key unique (name),
    constraint mediating_body_kind_check check (kind in ('CENTRE', 'SUBDISTRICT', 'PROFESSIONAL')),
    constraint mediating_body_text_check check (btrim(code) <> '' and btrim(name) <> '')
);
insert into mediating_body (code, name, kind) values ('CENTRE', '区行政争议协调化解中心', 'CENTRE');

-- number: the centre's register number. An entrusted dispute carries the court, its reference and the time limit it
-- set; case_id links the litigation case when there is one (always after filing, sometimes later before it).
create table dispute (
    id                 bigint generated always as identity primary key,
    number             varchar(100) not null,
    source             varchar(32)  not null,
    court              varchar(200),
    court_reference    varchar(100),
    time_limit         date,
    case_id            bigint       references litigation_case (id) on delete set null,
    received_on        date         not null,
    subject            text         not null,
    applicants         text[]       not null default '{}',
    mediating_body_id  bigint       references mediating_body (id),
    status             varchar(16)  not null default 'RECEIVED',
    started_on         date,
    resolution         varchar(24),
    closed_on          date,
    outcome_summary    text,
    version            bigint       not null default 0,
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    constraint dispute_number_key unique (number),
    constraint dispute_source_check check (source in ('ENTRUSTED_BEFORE_FILING', 'ENTRUSTED_AFTER_FILING', 'DIRECT')),
    constraint dispute_status_check check (status in ('RECEIVED', 'IN_PROGRESS', 'RESOLVED', 'RETURNED')),
    constraint dispute_resolution_check check (resolution in ('WITHDRAWAL', 'SETTLEMENT', 'MEDIATION_AGREEMENT')),
    constraint dispute_entrusted check (source = 'DIRECT'
        or (court is not null and court_reference is not null and time_limit is not null)),
    constraint dispute_text_check check (btrim(number) <> '' and btrim(subject) <> ''),
    constraint dispute_started check (status = 'RECEIVED' or (started_on is not null and mediating_body_id is not null)
        or status = 'RETURNED'),
    constraint dispute_closed check ((status in ('RESOLVED', 'RETURNED')) = (closed_on is not null
        and outcome_summary is not null)),
    constraint dispute_resolved check ((status = 'RESOLVED') = (resolution is not null))
);
create index dispute_received_idx on dispute (received_on);
create index dispute_closed_idx on dispute (closed_on);
create index dispute_case_idx on dispute (case_id);

-- The agencies whose acts the dispute is about: an agency sees the disputes it is involved in (R9).
create table dispute_agency (
    dispute_id  bigint not null references dispute (id) on delete cascade,
    agency_id   bigint not null references agency (id),
    primary key (dispute_id, agency_id)
);
create index dispute_agency_agency_idx on dispute_agency (agency_id);

create table dispute_meeting (
    id            bigint generated always as identity primary key,
    dispute_id    bigint       not null references dispute (id) on delete cascade,
    held_on       date         not null,
    place         varchar(200),
    participants  text         not null,
    notes         text,
    version       bigint       not null default 0,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    constraint dispute_meeting_text_check check (btrim(participants) <> '')
);
create index dispute_meeting_dispute_idx on dispute_meeting (dispute_id, held_on);

-- The agreement (和解协议, 调解协议书) and the other papers of a dispute are attached to it.
alter table document drop constraint document_owner_type_check;
alter table document add constraint document_owner_type_check
    check (owner_type in ('CASE', 'DELEGATION', 'APPEARANCE', 'RECOMMENDATION', 'LOST_CASE_REPORT', 'REFERRAL',
                          'DISPUTE'));
alter table document drop constraint document_kind_check;
alter table document add constraint document_kind_check
    check (kind in ('DELEGATION_LETTER', 'IDENTITY_PROOF', 'JUDGMENT', 'RESPONSE', 'EVIDENCE', 'OTHER', 'AGREEMENT'));
