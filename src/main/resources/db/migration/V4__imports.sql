-- HRIS imports: one row per uploaded file, with its progress and every row it refused or adjusted.
create table import_job (
    id          uuid primary key,
    status      varchar(20)  not null,
    total       integer      not null default 0,
    done        integer      not null default 0,
    failed      integer      not null default 0,
    errors      jsonb        not null default '[]',
    adjustments jsonb        not null default '[]',
    created_by  varchar(100) not null,
    created_at  timestamptz  not null default now(),
    finished_at timestamptz
);
