-- 出庭应诉培训: sessions the bureau organises with experienced judges (SPEC §6), the officials invited to each and
-- whether they came. agency_id is the invitee's agency when invited, kept because an agency sees its own invitees and
-- because the share of an agency's heads trained in a year is counted by it.
create table training_session (
    id             bigint generated always as identity primary key,
    topic          varchar(200) not null,
    speaker        varchar(100) not null,
    speaker_court  varchar(200) not null,
    starts_at      timestamptz  not null,
    place          varchar(200) not null,
    notes          text,
    version        bigint       not null default 0,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now(),
    constraint training_session_text_check check (btrim(topic) <> '' and btrim(speaker) <> ''
        and btrim(speaker_court) <> '' and btrim(place) <> '')
);
create index training_session_starts_idx on training_session (starts_at);

-- reminded_at: when the invitee's agency was reminded of the coming session, so that it is reminded once.
create table training_invitation (
    id           bigint generated always as identity primary key,
    session_id   bigint       not null references training_session (id) on delete cascade,
    official_id  bigint       not null references official (id),
    agency_id    bigint       not null references agency (id),
    attendance   varchar(16)  not null default 'INVITED',
    reminded_at  timestamptz,
    version      bigint       not null default 0,
    created_at   timestamptz  not null default now(),
    updated_at   timestamptz  not null default now(),
    constraint training_invitation_natural_key unique (session_id, official_id),
    constraint training_invitation_attendance_check check (attendance in ('INVITED', 'ATTENDED', 'ABSENT'))
);
create index training_invitation_agency_idx on training_invitation (agency_id, session_id);
create index training_invitation_official_idx on training_invitation (official_id);
