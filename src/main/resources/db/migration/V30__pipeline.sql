-- The talent pipeline. Command side: what the rules across positions and candidates read in the command's own
-- transaction, and candidates' personal data, kept out of the event log like person_data.
create table pipeline_position_rule (
    position_id uuid primary key,
    team_id     uuid not null,
    level       text not null,
    title       text not null,
    manager_id  uuid,
    status      text not null
);

create table candidate_data (
    candidate_id uuid primary key,
    name         text,
    email        text
);

-- Read models (the read-models processor).
create table pipeline_position (
    position_id         uuid primary key,
    team_id             uuid not null,
    level               text not null,
    ladder_version      integer,
    title               text not null,
    manager_id          uuid,
    target_start        date,
    status              text not null,
    opened_on           date not null,
    approved_on         date,
    filled_on           date,
    filled_by           uuid,
    filled_by_candidate uuid,
    cancelled_on        date,
    version             bigint not null
);
create index pipeline_position_team on pipeline_position (team_id, status);

create table pipeline_position_change (
    position_id    uuid   not null,
    seq            bigint not null,
    status         text   not null,
    effective_date date   not null,
    recorded_at    timestamptz not null,
    actor          text,
    reason         text,
    primary key (position_id, seq)
);

create table pipeline_candidate (
    candidate_id uuid primary key,
    position_id  uuid not null,
    source       text,
    stage        text not null,
    since        date not null,
    start_date   date,
    person_id    uuid,
    hire_problem text,
    version      bigint not null
);
create index pipeline_candidate_position on pipeline_candidate (position_id);

create table pipeline_candidate_move (
    candidate_id   uuid   not null,
    seq            bigint not null,
    stage          text   not null,
    effective_date date   not null,
    recorded_at    timestamptz not null,
    actor          text,
    reason         text,
    primary key (candidate_id, seq)
);
