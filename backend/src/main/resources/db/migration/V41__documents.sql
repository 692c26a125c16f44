-- Documents attached to any record: delegation letters, identity proofs, judgments, responses. The bytes live here
-- (content) or, when a directory is configured, in a file named by their SHA-256 (content is then null).
drop table delegation_document;

create table document (
    id            bigint generated always as identity primary key,
    owner_type    varchar(32)  not null,
    owner_id      bigint       not null,
    kind          varchar(32)  not null,
    file_name     varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null,
    sha256        varchar(64)  not null,
    content       bytea,
    created_at    timestamptz  not null default now(),
    constraint document_owner_type_check check (owner_type in ('CASE', 'DELEGATION', 'APPEARANCE', 'RECOMMENDATION')),
    constraint document_kind_check check (kind in ('DELEGATION_LETTER', 'IDENTITY_PROOF', 'JUDGMENT', 'RESPONSE',
                                                   'EVIDENCE', 'OTHER')),
    constraint document_size_check check (size_bytes >= 0),
    constraint document_sha256_check check (sha256 ~ '^[0-9a-f]{64}$')
);
create index document_owner_idx on document (owner_type, owner_id);
