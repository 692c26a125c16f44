-- 追责: the bureau's referral of an agency's officials to the competent body (SPEC §6). A draft is the bureau's own
-- until it is sent; a sent referral carries its document number and date, an answered one the body's decision.
create table accountability_referral (
    id                 bigint generated always as identity primary key,
    agency_id          bigint       not null references agency (id),
    ground             varchar(32)  not null,
    recommendation_id  bigint       references judicial_recommendation (id) on delete set null,
    appearance_id      bigint       references appearance (id) on delete set null,
    referred_to        varchar(200) not null,
    facts              text         not null,
    status             varchar(16)  not null default 'DRAFTED',
    drafted_on         date         not null,
    number             varchar(100),
    sent_on            date,
    decision           varchar(32),
    decision_detail    text,
    answered_on        date,
    withdrawal_reason  text,
    withdrawn_on       date,
    version            bigint       not null default 0,
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    constraint accountability_referral_number_key unique (number),
    constraint accountability_referral_ground_check check (ground in ('UNJUSTIFIED_ABSENCE', 'NO_ONE_APPEARED',
        'MISCONDUCT_AT_HEARING', 'JUDICIAL_RECOMMENDATION')),
    constraint accountability_referral_status_check check (status in ('DRAFTED', 'SENT', 'ANSWERED', 'WITHDRAWN')),
    constraint accountability_referral_decision_check check (decision in ('ADMONITION_TALK', 'CIRCULATED_CRITICISM',
        'DISCIPLINARY_SANCTION', 'NO_ACCOUNTABILITY')),
    constraint accountability_referral_facts_check check (btrim(facts) <> '' and btrim(referred_to) <> ''),
    constraint accountability_referral_sent check (status in ('DRAFTED', 'WITHDRAWN')
        or (number is not null and sent_on is not null)),
    constraint accountability_referral_answered check ((status = 'ANSWERED')
        = (decision is not null and answered_on is not null)),
    constraint accountability_referral_withdrawn check ((status = 'WITHDRAWN')
        = (withdrawn_on is not null and withdrawal_reason is not null))
);
create index accountability_referral_agency_idx on accountability_referral (agency_id, status);
create index accountability_referral_sent_idx on accountability_referral (sent_on);

-- Whom, in which cases and at which hearings: what the letter names.
create table referral_official (
    referral_id  bigint not null references accountability_referral (id) on delete cascade,
    official_id  bigint not null references official (id),
    primary key (referral_id, official_id)
);

create table referral_case (
    referral_id  bigint not null references accountability_referral (id) on delete cascade,
    case_id      bigint not null references litigation_case (id) on delete cascade,
    primary key (referral_id, case_id)
);

create table referral_hearing (
    referral_id  bigint not null references accountability_referral (id) on delete cascade,
    hearing_id   bigint not null references hearing (id) on delete cascade,
    primary key (referral_id, hearing_id)
);

-- The referral's evidence and the body's reply are attached to it.
alter table document drop constraint document_owner_type_check;
alter table document add constraint document_owner_type_check
    check (owner_type in ('CASE', 'DELEGATION', 'APPEARANCE', 'RECOMMENDATION', 'LOST_CASE_REPORT', 'REFERRAL'));
