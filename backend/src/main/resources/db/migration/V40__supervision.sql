-- Oversight (SPEC §6): which head will appear, pre-hearing warnings, judicial recommendations' answers,
-- calendar subscriptions.

-- SPC art. 5(3): before the hearing the agency names the head who will appear, and may change its mind.
create table head_confirmation (
    id            bigint generated always as identity primary key,
    hearing_id    bigint      not null references hearing (id) on delete cascade,
    agency_id     bigint      not null references agency (id),
    official_id   bigint      not null references official (id),
    version       bigint      not null default 0,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    constraint head_confirmation_natural_key unique (hearing_id, agency_id)
);

-- One row per (hearing, agency) that was ever uncovered; resolved_at is set when it no longer is.
create table hearing_warning (
    id            bigint generated always as identity primary key,
    hearing_id    bigint      not null references hearing (id) on delete cascade,
    agency_id     bigint      not null references agency (id),
    raised_at     timestamptz not null default now(),
    resolved_at   timestamptz,
    notified_at   timestamptz,
    constraint hearing_warning_natural_key unique (hearing_id, agency_id)
);
create index hearing_warning_open_idx on hearing_warning (agency_id) where resolved_at is null;

alter table judicial_recommendation add column closed_on date;
alter table judicial_recommendation add column bureau_comment text;

-- The secret is shown once and stored as its SHA-256; a subscription follows an agency or one official.
create table calendar_subscription (
    id            bigint generated always as identity primary key,
    token_hash    varchar(64) not null,
    agency_id     bigint      references agency (id) on delete cascade,
    official_id   bigint      references official (id) on delete cascade,
    name          varchar(100) not null,
    created_at    timestamptz not null default now(),
    revoked_at    timestamptz,
    constraint calendar_subscription_token_key unique (token_hash),
    constraint calendar_subscription_subject check ((agency_id is null) <> (official_id is null))
);

-- Where an agency's pre-hearing warnings are e-mailed, when e-mail is on.
alter table agency add column email varchar(200);
