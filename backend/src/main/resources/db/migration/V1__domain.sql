-- The domain of SPEC §2. Natural keys are unique, enumerations are checked, and every table
-- carries a version for optimistic locking (it is the resource's ETag).

create table agency (
    id          bigint generated always as identity primary key,
    code        varchar(64)  not null,
    name        varchar(200) not null,
    kind        varchar(32)  not null,
    parent_id   bigint references agency (id),
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    constraint agency_code_key unique (code),
    constraint agency_kind_check check (kind in ('DISTRICT_GOVERNMENT', 'DEPARTMENT', 'SUBDISTRICT', 'OTHER')),
    constraint agency_not_own_parent check (parent_id is null or parent_id <> id)
);
create index agency_parent_idx on agency (parent_id);

-- One row per post: a person who changes posts gets a new row with a new code.
create table official (
    id          bigint generated always as identity primary key,
    code        varchar(64)  not null,
    agency_id   bigint       not null references agency (id),
    name        varchar(100) not null,
    role        varchar(32)  not null,
    title       varchar(100),
    valid_from  date         not null,
    valid_to    date,
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    constraint official_code_key unique (code),
    constraint official_role_check check (role in ('PRINCIPAL', 'DEPUTY', 'OTHER_LEADER', 'STAFF', 'LAWYER')),
    constraint official_valid_range check (valid_to is null or valid_to >= valid_from)
);
create index official_agency_idx on official (agency_id);

create table litigation_case (
    id                   bigint generated always as identity primary key,
    court                varchar(200) not null,
    case_number          varchar(100) not null,
    trial_level          varchar(32)  not null,
    filed_on             date,
    cause_of_action      varchar(200),
    plaintiffs           text[]       not null default '{}',
    mandatory_categories text[]       not null default '{}',
    version              bigint       not null default 0,
    created_at           timestamptz  not null default now(),
    updated_at           timestamptz  not null default now(),
    constraint litigation_case_natural_key unique (court, case_number),
    constraint litigation_case_trial_level_check check (trial_level in ('FIRST_INSTANCE', 'SECOND_INSTANCE', 'RETRIAL')),
    constraint litigation_case_mandatory_check check (mandatory_categories <@ array[
        'MAJOR_PUBLIC_INTEREST', 'HIGH_SOCIAL_CONCERN', 'MASS_INCIDENT_RISK', 'PROCURATORIAL_PUBLIC_INTEREST']::text[])
);

create table case_defendant (
    case_id   bigint not null references litigation_case (id) on delete cascade,
    agency_id bigint not null references agency (id),
    primary key (case_id, agency_id)
);
create index case_defendant_agency_idx on case_defendant (agency_id, case_id);

create table hearing (
    id            bigint generated always as identity primary key,
    case_id       bigint      not null references litigation_case (id) on delete cascade,
    scheduled_at  timestamptz not null,
    status        varchar(16) not null,
    version       bigint      not null default 0,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    constraint hearing_natural_key unique (case_id, scheduled_at),
    constraint hearing_status_check check (status in ('SCHEDULED', 'HELD', 'POSTPONED', 'CANCELLED'))
);
create index hearing_scheduled_idx on hearing (scheduled_at);

create table notice (
    id          bigint generated always as identity primary key,
    hearing_id  bigint       not null references hearing (id) on delete cascade,
    agency_id   bigint       not null references agency (id),
    court       varchar(200) not null,
    number      varchar(100) not null,
    served_on   date         not null,
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    constraint notice_natural_key unique (court, number)
);
create index notice_hearing_idx on notice (hearing_id);
create index notice_agency_idx on notice (agency_id);

-- agency_id is the official's agency, kept here because every figure groups by it.
create table appearance (
    id               bigint generated always as identity primary key,
    hearing_id       bigint      not null references hearing (id) on delete cascade,
    agency_id        bigint      not null references agency (id),
    official_id      bigint      not null references official (id),
    source           varchar(16) not null,
    spoke            boolean     not null,
    left_early       boolean     not null default false,
    identity_status  varchar(16) not null default 'VERIFIED',
    version          bigint      not null default 0,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    constraint appearance_natural_key unique (hearing_id, official_id, source),
    constraint appearance_source_check check (source in ('COURT', 'AGENCY')),
    constraint appearance_identity_check check (identity_status in ('VERIFIED', 'PENDING', 'REJECTED'))
);
create index appearance_agency_idx on appearance (agency_id, hearing_id);
create index appearance_official_idx on appearance (official_id);

create table delegation (
    id                    bigint generated always as identity primary key,
    hearing_id            bigint      not null references hearing (id) on delete cascade,
    agency_id             bigint      not null references agency (id),
    reason_category       varchar(32) not null,
    reason                text        not null,
    delegate_official_id  bigint      not null references official (id),
    filed_on              date        not null,
    status                varchar(16) not null default 'SUBMITTED',
    review_comment        text,
    reviewed_at           timestamptz,
    version               bigint      not null default 0,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    constraint delegation_natural_key unique (hearing_id, agency_id, filed_on),
    constraint delegation_reason_category_check check (reason_category in
        ('FORCE_MAJEURE', 'ACCIDENT', 'NON_DELEGABLE_DUTY', 'OTHER_JUSTIFIED')),
    constraint delegation_reason_length check (char_length(btrim(reason)) >= 10),
    constraint delegation_status_check check (status in ('SUBMITTED', 'APPROVED', 'REJECTED'))
);
create index delegation_agency_idx on delegation (agency_id, hearing_id);
create index delegation_status_idx on delegation (status);

-- Metadata of the documents filed with a delegation (letter, identity proof, evidence).
create table delegation_document (
    id             bigint generated always as identity primary key,
    delegation_id  bigint       not null references delegation (id) on delete cascade,
    kind           varchar(32)  not null,
    file_name      varchar(255) not null,
    content_type   varchar(100) not null,
    size_bytes     bigint       not null,
    sha256         varchar(64)  not null,
    created_at     timestamptz  not null default now(),
    constraint delegation_document_kind_check check (kind in ('DELEGATION_LETTER', 'IDENTITY_PROOF', 'EVIDENCE', 'OTHER')),
    constraint delegation_document_size_check check (size_bytes >= 0),
    constraint delegation_document_sha256_check check (sha256 ~ '^[0-9a-f]{64}$')
);
create index delegation_document_delegation_idx on delegation_document (delegation_id);

create table outcome (
    case_id       bigint      primary key references litigation_case (id) on delete cascade,
    result        varchar(32) not null,
    concluded_on  date        not null,
    coordinated   boolean     not null default false,
    version       bigint      not null default 0,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    constraint outcome_result_check check (result in ('CLAIMS_DISMISSED', 'SUIT_DISMISSED', 'WITHDRAWN', 'MEDIATED',
        'REVOKED', 'ORDERED_TO_PERFORM', 'CONFIRMED_ILLEGAL', 'CONFIRMED_INVALID', 'MODIFIED', 'OTHER'))
);
create index outcome_concluded_idx on outcome (concluded_on);

create table judicial_recommendation (
    id            bigint generated always as identity primary key,
    court         varchar(200) not null,
    number        varchar(100) not null,
    case_id       bigint       references litigation_case (id) on delete set null,
    agency_id     bigint       not null references agency (id),
    received_on   date         not null,
    content       text         not null,
    due_on        date,
    status        varchar(16)  not null default 'RECEIVED',
    response      text,
    responded_on  date,
    version       bigint       not null default 0,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    constraint judicial_recommendation_natural_key unique (court, number),
    constraint judicial_recommendation_status_check check (status in ('RECEIVED', 'ANSWERED', 'DONE'))
);
create index judicial_recommendation_agency_idx on judicial_recommendation (agency_id, received_on);
