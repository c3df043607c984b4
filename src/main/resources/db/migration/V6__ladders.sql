-- Command side: ladder codes are unique, and the levels of each ladder's latest published version are in force.
create table ladder_code (
    code      varchar(60) primary key,
    ladder_id uuid        not null unique
);

create table ladder_level_in_force (
    ladder_code varchar(60) not null,
    level_code  varchar(60) not null,
    version     integer     not null,
    retired     boolean     not null,
    primary key (ladder_code, level_code)
);

-- Read side (projection "ladders"): each ladder with its draft, and every published version.
create table ladder_view (
    id             uuid primary key,
    code           varchar(60)  not null unique,
    name           varchar(200) not null,
    draft          jsonb        not null,
    draft_pending  boolean      not null,
    latest_version integer,
    version        bigint       not null,
    updated_at     timestamptz  not null
);

create table ladder_version (
    ladder_id    uuid        not null,
    version      integer     not null,
    content      jsonb       not null,
    published_at timestamptz not null,
    published_by varchar(200),
    reason       text,
    primary key (ladder_id, version)
);

-- Read side (projection "level-history"): every level a person was given, and the ladder version it was judged against.
create table level_step (
    event_id       varchar(100) primary key,
    position       bigint       not null,
    person_id      uuid         not null,
    effective_date date         not null,
    level          varchar(200),
    kind           varchar(20)  not null,
    ladder_version integer,
    recorded_at    timestamptz  not null,
    actor          varchar(200),
    reason         text
);
create index level_step_person on level_step (person_id, effective_date, position);
