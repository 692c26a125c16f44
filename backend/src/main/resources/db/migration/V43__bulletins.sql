-- 季度通报: a quarter's published bulletin, a snapshot of its whole content as published. It never changes; a
-- correction is a new revision of the same quarter that names the one it supersedes, with its own number.
create table bulletin (
    id                  bigint       generated always as identity primary key,
    year                int          not null,
    quarter             int          not null,
    revision            int          not null,
    supersedes_id       bigint       references bulletin (id),
    correction_reason   text,
    number              text         not null,
    number_year         int          not null,
    number_sequence     int          not null,
    published_on        date         not null,
    published_at        timestamptz  not null default now(),
    published_by        text         not null,
    published_by_name   text         not null,
    -- The bulletin as published (figures, ranking, named absences, prose). Left out of the audit trail by its name:
    -- the row is written once and the trail records who published which number.
    content             jsonb        not null,
    constraint bulletin_natural_key unique (year, quarter, revision),
    constraint bulletin_number_key unique (number),
    constraint bulletin_sequence_key unique (number_year, number_sequence),
    constraint bulletin_supersedes_key unique (supersedes_id),
    constraint bulletin_period_check check (year between 1990 and 2100 and quarter between 1 and 4),
    constraint bulletin_revision_check check (revision >= 1 and number_sequence >= 1),
    -- The first revision supersedes nothing; every later one supersedes one and says why.
    constraint bulletin_correction_check check ((revision = 1) = (supersedes_id is null)
        and (supersedes_id is null) = (correction_reason is null)),
    constraint bulletin_content_check check (jsonb_typeof(content) = 'object')
);
create index bulletin_published_idx on bulletin (published_at desc);

create function bulletin_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'a published bulletin cannot be changed or removed; publish a correction that supersedes it'
        using errcode = '55000';
end
$$;

create trigger bulletin_immutable before update or delete on bulletin
    for each row execute function bulletin_is_immutable();
