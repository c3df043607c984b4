-- Command side: every objective's team, period and status, for the rules of alignment and of carrying into a next period.
create table objective_registry (
    objective_id uuid primary key,
    team_id      uuid        not null,
    period       varchar(10) not null,
    status       varchar(20) not null,
    carried_from uuid unique
);

-- Read side (processing group read-models): each objective's fixed facts, and every change to it as a dated row,
-- folded into the objective as of any date by the queries.
create table objective (
    id           uuid primary key,
    team_id      uuid        not null,
    period       varchar(10) not null,
    period_start date        not null,
    period_end   date        not null,
    carried_from uuid,
    written_on   date        not null
);
create index objective_period_team on objective (period, team_id);
create index objective_team on objective (team_id, period_start);

create table objective_change (
    objective_id   uuid          not null,
    seq            bigint        not null,
    item           integer       not null,
    position       bigint        not null,
    effective_date date          not null,
    type           varchar(40)   not null,
    key_result_id  uuid,
    title          varchar(200),
    description    text,
    unit           varchar(40),
    start_value    numeric,
    target_value   numeric,
    value          numeric,
    confidence     varchar(20),
    note           text,
    status         varchar(20),
    parent_id      uuid,
    recorded_at    timestamptz   not null,
    actor          varchar(200),
    reason         text,
    primary key (objective_id, seq, item)
);
create index objective_change_parent on objective_change (parent_id) where parent_id is not null;
