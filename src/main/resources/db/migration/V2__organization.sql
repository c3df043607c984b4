-- Personal data lives outside the event log, referenced by the person's id: erasing a person
-- clears this row and leaves every event intact.
create table person_data (
    person_id uuid primary key,
    name      varchar(200),
    email     varchar(320),
    erased_at timestamptz
);
create unique index person_data_email on person_data (lower(email)) where email is not null;

-- The command side's own view of the timeline, written in the command's transaction and used for
-- the rules that span aggregates (cycles, sibling names, active managers). Not a read model.
create table rule_employee_number (
    employee_number varchar(200) primary key,
    person_id       uuid not null
);

create table rule_change (
    subject_id uuid   not null,
    seq        bigint not null,
    valid_from date   not null,
    field      varchar(40) not null,
    value      text,
    primary key (subject_id, seq, field)
);

create table rule_person_state (
    person_id  uuid not null,
    valid_from date not null,
    valid_to   date,
    active     boolean not null,
    team_id    uuid,
    manager_id uuid,
    title      varchar(200),
    level      varchar(200),
    employee_number varchar(200),
    primary key (person_id, valid_from)
);
create index rule_person_state_manager on rule_person_state (manager_id);
create index rule_person_state_team on rule_person_state (team_id);

create table rule_team_state (
    team_id    uuid not null,
    valid_from date not null,
    valid_to   date,
    active     boolean not null,
    name       varchar(200),
    kind       varchar(20),
    parent_id  uuid,
    mission    text,
    lead_id    uuid,
    primary key (team_id, valid_from)
);
create index rule_team_state_parent on rule_team_state (parent_id);
create index rule_team_state_lead on rule_team_state (lead_id);
create index rule_team_state_name on rule_team_state (lower(name));

-- Read models: disposable, rebuilt from the event store by their processors.
create table chart_change (like rule_change including all);
create table chart_person_state (like rule_person_state including all);
create table chart_team_state (like rule_team_state including all);
create index chart_person_state_dates on chart_person_state (valid_from, valid_to);
create index chart_team_state_dates on chart_team_state (valid_from, valid_to);

create table chart_subject (
    subject_id uuid primary key,
    kind       varchar(10) not null,
    version    bigint not null
);

create table history_entry (
    event_id       varchar(255) primary key,
    position       bigint not null,
    subject_id     uuid not null,
    recorded_at    timestamptz not null,
    effective_date date,
    type           varchar(100) not null,
    actor          varchar(200),
    reason         text,
    details        jsonb not null
);
create index history_entry_subject on history_entry (subject_id, position);

-- Sign-in and request bookkeeping.
create table app_user (
    username      varchar(100) primary key,
    password_hash varchar(200) not null,
    roles         varchar(200) not null,
    person_id     uuid,
    created_at    timestamptz not null default now()
);

create table idempotent_request (
    username     varchar(100) not null,
    method_path  varchar(500) not null,
    idem_key     varchar(200) not null,
    request_hash varchar(64)  not null,
    status       integer,
    content_type varchar(200),
    location     varchar(500),
    etag         varchar(100),
    body         bytea,
    created_at   timestamptz not null default now(),
    primary key (username, method_path, idem_key)
);
