-- Read side (processing group read-models): each scenario, and each of its planned changes with where it stands.
-- The change itself is kept as the JSON of its fields, as planned; the plan's own events hold the truth.
create table scenario (
    id           uuid primary key,
    name         varchar(200) not null,
    base_date    date         not null,
    root_team_id uuid,
    owner        varchar(200) not null,
    created_at   timestamptz  not null,
    version      bigint       not null
);
create index scenario_owner on scenario (owner, created_at);

create table scenario_change (
    scenario_id    uuid         not null,
    change_id      uuid         not null,
    seq            bigint       not null,
    type           varchar(40)  not null,
    effective_date date         not null,
    status         varchar(20)  not null,
    planned_by     varchar(200),
    planned_at     timestamptz  not null,
    change         text         not null,
    primary key (scenario_id, change_id)
);
create index scenario_change_order on scenario_change (scenario_id, seq);
